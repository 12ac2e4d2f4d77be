package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-executes a notebook and compares every code cell's outputs with the committed ones: text after
 * {@link OutputNormalizer}, images (SVG too, whose text depends on the fonts installed) by presence and
 * type, JSON by content without generated ids; a difference names the MIME types missing or extra.
 * Cells tagged {@code skip-verify} / {@code nbval-skip} are not run; {@code ignore-output} /
 * {@code nbval-ignore-output} are run but not compared.
 *
 * @since 0.1
 */
public final class NotebookVerifier {
  private static final Set<String> SKIP = Set.of("skip-verify", "nbval-skip");
  private static final Set<String> IGNORE = Set.of("ignore-output", "nbval-ignore-output");

  /**
   * One code cell's verdict: {@code difference} is empty when it matches; {@code died} when the
   * notebook's JVM died while this cell ran (the cells after it did not run and do not match).
   */
  public record CellVerdict(int cellNumber, String firstLine, String difference, boolean skipped, boolean died) {
    public CellVerdict {
      if (died && difference.isEmpty()) {
        throw new IllegalArgumentException("a cell whose JVM died does not match: say how it died");
      }
    }

    /** A verdict of a cell that ran, or was skipped, in a JVM that lived on. */
    public CellVerdict(int cellNumber, String firstLine, String difference, boolean skipped) {
      this(cellNumber, firstLine, difference, skipped, false);
    }

    public boolean matches() {
      return difference.isEmpty();
    }
  }

  private NotebookVerifier() {}

  /** The verdicts of one notebook and the notebook as it ran (cells tagged to skip left out). */
  public record Verification(List<CellVerdict> verdicts, Notebook executed) {}

  /** Runs {@code committed} in a fresh engine and compares; one verdict per code cell. */
  public static List<CellVerdict> verify(Notebook notebook, Path folder, OutputNormalizer normalizer) {
    return check(notebook, folder, normalizer).verdicts();
  }

  /** Like {@link #verify}, and keeps the executed notebook too. */
  public static Verification check(Notebook notebook, Path folder, OutputNormalizer normalizer) {
    NotebookRunner.Result result = NotebookRunner.run(runnable(notebook), folder, OPTIONS, (done, total, line, elapsed, failed) -> { });
    return new Verification(compare(notebook, result, normalizer), result.notebook());
  }

  /** How a notebook is run to be verified: every cell, errors and all (they are compared too). */
  public static final NotebookRunner.Options OPTIONS = new NotebookRunner.Options(null, true, java.util.Map.of());

  /** What of {@code committed} runs to verify it: without a banner of an earlier failed run, and without the cells tagged to skip. */
  public static Notebook runnable(Notebook committed) {
    Notebook runnable = withoutBanner(committed);
    List<Notebook.Cell> cells = runnable.cells();
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i).tags().stream().anyMatch(SKIP::contains)) {
        runnable.remove(i);
      }
    }
    return runnable;
  }

  /**
   * Compares the outputs of {@code executed} (a run of {@code committed}, by any front end; cells
   * tagged to skip may be left out of it) with the committed ones, one verdict per code cell. A cell
   * tagged to ignore its output must still not fail.
   */
  public static List<CellVerdict> compare(Notebook committed, Notebook executed, OutputNormalizer normalizer) {
    return compare(committed, executed, normalizer, -1, "");
  }

  /**
   * As {@link #compare(Notebook, Notebook, OutputNormalizer)}, for a run of {@link #runnable}{@code (committed)}:
   * when its JVM died, the cell that was running is a verdict that says so, whatever its outputs, and
   * the cells after it did not run. A dead notebook never passes for one whose outputs match.
   */
  public static List<CellVerdict> compare(Notebook committed, NotebookRunner.Result result, OutputNormalizer normalizer) {
    return switch (result.outcome()) {
      case COMPLETED, CELLS_FAILED -> compare(committed, result.notebook(), normalizer);
      case DIED -> compare(committed, result.notebook(), normalizer, result.failure().orElseThrow().cellNumber() - 1,
          result.failure().get().error().evalue());
    };
  }

  /** {@code dead}: the index among the executed cells (the banner left out) of the one whose JVM died ({@code why}), or -1. */
  private static List<CellVerdict> compare(Notebook committed, Notebook executed, OutputNormalizer normalizer, int dead, String why) {
    Iterator<Notebook.Cell> ran = executed.cells().stream()
        .filter(c -> !c.tags().contains(NotebookRunner.BANNER_TAG)).iterator();
    int ranIndex = -1;
    Integer diedIn = null;
    List<CellVerdict> verdicts = new ArrayList<>();
    List<Notebook.Cell> original = withoutBanner(committed).cells();
    boolean skipsLeftOut = executed.cells().stream().filter(c -> !c.tags().contains(NotebookRunner.BANNER_TAG)).count() < original.size();
    for (int i = 0; i < original.size(); i++) {
      Notebook.Cell cell = original.get(i);
      boolean skip = cell.tags().stream().anyMatch(SKIP::contains);
      Notebook.Cell run = skip && skipsLeftOut ? null : ran.hasNext() ? ran.next() : null;
      ranIndex += run == null ? 0 : 1;
      if (!cell.type().equals("code")) {
        continue;
      }
      String firstLine = cell.source().lines().findFirst().orElse("");
      if (skip) {
        verdicts.add(new CellVerdict(i + 1, firstLine, "", true));
      } else if (run != null && ranIndex == dead) {
        diedIn = i + 1;
        verdicts.add(new CellVerdict(i + 1, firstLine, "  the notebook's JVM died while this cell ran: " + why + "\n", false, true));
      } else if (diedIn != null) {
        verdicts.add(new CellVerdict(i + 1, firstLine, "  not run: the notebook's JVM died in cell " + diedIn + "\n", false));
      } else if (run == null) {
        verdicts.add(new CellVerdict(i + 1, firstLine, "  the executed notebook has no such cell\n", false));
      } else if (cell.tags().stream().anyMatch(IGNORE::contains)) {
        String failed = describe(run.outputs(), normalizer).stream().map(Described::text).filter(o -> o.startsWith("error"))
            .map(o -> "  failed, though only its output is ignored:\n" + indent(o, "    ")).findFirst().orElse("");
        verdicts.add(new CellVerdict(i + 1, firstLine, failed, failed.isEmpty()));
      } else {
        verdicts.add(new CellVerdict(i + 1, firstLine, compare(cell.outputs(), run.outputs(), normalizer), false));
      }
    }
    return verdicts;
  }

  /** A copy without the banner a failed run left at the top: it is not part of the notebook's content. */
  private static Notebook withoutBanner(Notebook notebook) {
    Notebook copy = notebook.copy();
    NotebookRunner.removeBanner(copy);
    return copy;
  }

  private static String compare(JsonNode expected, JsonNode actual, OutputNormalizer normalizer) {
    List<Described> want = describe(expected, normalizer);
    List<Described> got = describe(actual, normalizer);
    if (want.equals(got)) {
      return "";
    }
    StringBuilder diff = new StringBuilder();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      Described a = i < want.size() ? want.get(i) : null;
      Described b = i < got.size() ? got.get(i) : null;
      if (a != null && a.equals(b)) {
        continue;
      }
      diff.append("  output ").append(i + 1).append(typesChanged(a, b)).append(":\n");
      if (a != null) {
        diff.append(indent(a.text(), "    - "));
      }
      if (b != null) {
        diff.append(indent(b.text(), "    + "));
      }
    }
    return diff.toString();
  }

  /** What differs in the MIME types of a committed output {@code a} and the one that ran, {@code b}: {@code " (missing image/png)"}. */
  private static String typesChanged(Described a, Described b) {
    if (a == null) {
      return " (extra: the committed cell has no such output)";
    }
    if (b == null) {
      return " (missing: the run has no such output)";
    }
    Set<String> missing = new TreeSet<>(a.mimeTypes());
    missing.removeAll(b.mimeTypes());
    Set<String> extra = new TreeSet<>(b.mimeTypes());
    extra.removeAll(a.mimeTypes());
    List<String> changes = new ArrayList<>();
    if (!missing.isEmpty()) {
      changes.add("missing " + String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      changes.add("extra " + String.join(", ", extra));
    }
    return changes.isEmpty() ? "" : " (" + String.join("; ", changes) + ")";
  }

  /** An output as comparable text, and the MIME types of its data (none for a stream or an error). */
  private record Described(String text, Set<String> mimeTypes) {
    static Described text(String text) {
      return new Described(text, Set.of());
    }
  }

  /**
   * Each output as comparable text: type, then each MIME type's normalised content in sorted order
   * (saved notebooks sort them); consecutive stream outputs of one name are one (how text is cut into
   * messages depends on timing); an error by name, value and its first traceback line, which says
   * where it happened ({@code In [3], line 2, column 5: ...}).
   */
  private static List<Described> describe(JsonNode outputs, OutputNormalizer normalizer) {
    List<Described> described = new ArrayList<>();
    String streamName = null;
    StringBuilder stream = new StringBuilder();
    for (JsonNode output : outputs) {
      String type = output.path("output_type").asText();
      if (type.equals("stream") && output.path("name").asText().equals(streamName)) {
        stream.append(joined(output.path("text")));
        continue;
      }
      if (streamName != null) {
        described.add(Described.text("stream " + streamName + "\n" + normalizer.normalize(stream.toString())));
        streamName = null;
      }
      if (type.equals("stream")) {
        streamName = output.path("name").asText();
        stream.setLength(0);
        stream.append(joined(output.path("text")));
      } else if (type.equals("error")) {
        described.add(Described.text("error\n" + output.path("ename").asText() + ": " + normalizer.normalize(output.path("evalue").asText())
            + "\n" + normalizer.normalize(output.path("traceback").path(0).asText(""))));
      } else {
        Set<String> mimes = new TreeSet<>();
        output.path("data").fieldNames().forEachRemaining(mimes::add);
        described.add(new Described(type + data(output.path("data"), mimes, normalizer), mimes));
      }
    }
    if (streamName != null) {
      described.add(Described.text("stream " + streamName + "\n" + normalizer.normalize(stream.toString())));
    }
    return described;
  }

  private static String data(JsonNode data, Set<String> mimes, OutputNormalizer normalizer) {
    StringBuilder text = new StringBuilder();
    for (String mime : mimes) {
      JsonNode value = data.path(mime);
      text.append('\n').append(mime).append(": ");
      if (mime.startsWith("image/")) {
        text.append("(an image)");
      } else if (value.isObject() || (mime.endsWith("json") && !value.isTextual() && !value.isArray())) {
        text.append(withoutIds(value));
      } else {
        text.append(normalizer.normalize(joined(value)));
      }
    }
    return text.toString();
  }

  private static String indent(String text, String prefix) {
    StringBuilder indented = new StringBuilder();
    text.lines().forEach(line -> indented.append(prefix).append(line).append('\n'));
    return indented.toString();
  }

  private static String joined(JsonNode text) {
    if (text.isTextual()) {
      return text.asText();
    }
    StringBuilder joined = new StringBuilder();
    text.forEach(line -> joined.append(line.asText()));
    return joined.toString();
  }

  /** JSON without generated identifiers ({@code uid}, {@code id}), keys sorted. */
  private static String withoutIds(JsonNode json) {
    JsonNode copy = JupyterJson.sorted(json.deepCopy());
    strip(copy);
    return copy.toString();
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("uid", "id"));
    }
    node.forEach(NotebookVerifier::strip);
  }
}
