package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Re-executes a notebook and compares every code cell's outputs with the committed ones: text after
 * {@link OutputNormalizer}, images by presence and type, JSON by content without generated ids.
 * Cells tagged {@code skip-verify} / {@code nbval-skip} are not run; {@code ignore-output} /
 * {@code nbval-ignore-output} are run but not compared.
 *
 * @since 0.1
 */
public final class NotebookVerifier {
  private static final Set<String> SKIP = Set.of("skip-verify", "nbval-skip");
  private static final Set<String> IGNORE = Set.of("ignore-output", "nbval-ignore-output");

  /** One code cell's verdict: {@code difference} is empty when it matches. */
  public record CellVerdict(int cellNumber, String firstLine, String difference, boolean skipped) {
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
    Notebook committed = withoutBanner(notebook);
    Notebook runnable = committed.copy();
    List<Notebook.Cell> cells = runnable.cells();
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i).tags().stream().anyMatch(SKIP::contains)) {
        runnable.remove(i);
      }
    }
    NotebookRunner.Result result = NotebookRunner.run(runnable, folder, new NotebookRunner.Options(null, true, java.util.Map.of()),
        (done, total, line, elapsed) -> { });
    Iterator<Notebook.Cell> executed = result.notebook().cells().stream()
        .filter(c -> !c.tags().contains(NotebookRunner.BANNER_TAG)).iterator();
    List<CellVerdict> verdicts = new ArrayList<>();
    List<Notebook.Cell> original = committed.cells();
    for (int i = 0; i < original.size(); i++) {
      Notebook.Cell cell = original.get(i);
      boolean skip = cell.tags().stream().anyMatch(SKIP::contains);
      Notebook.Cell run = skip ? null : executed.next();
      if (!cell.type().equals("code")) {
        continue;
      }
      String firstLine = cell.source().lines().findFirst().orElse("");
      if (skip || cell.tags().stream().anyMatch(IGNORE::contains)) {
        verdicts.add(new CellVerdict(i + 1, firstLine, "", true));
        continue;
      }
      verdicts.add(new CellVerdict(i + 1, firstLine, compare(cell.outputs(), run.outputs(), normalizer), false));
    }
    return new Verification(verdicts, result.notebook());
  }

  /** A copy without the banner a failed run left at the top: it is not part of the notebook's content. */
  private static Notebook withoutBanner(Notebook notebook) {
    Notebook copy = notebook.copy();
    NotebookRunner.removeBanner(copy);
    return copy;
  }

  private static String compare(JsonNode expected, JsonNode actual, OutputNormalizer normalizer) {
    List<String> want = describe(expected, normalizer);
    List<String> got = describe(actual, normalizer);
    if (want.equals(got)) {
      return "";
    }
    StringBuilder diff = new StringBuilder();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String a = i < want.size() ? want.get(i) : null;
      String b = i < got.size() ? got.get(i) : null;
      if (a != null && a.equals(b)) {
        continue;
      }
      diff.append("  output ").append(i + 1).append(":\n");
      if (a != null) {
        a.lines().forEach(line -> diff.append("    - ").append(line).append('\n'));
      }
      if (b != null) {
        b.lines().forEach(line -> diff.append("    + ").append(line).append('\n'));
      }
    }
    return diff.toString();
  }

  /** Each output as comparable text: type, then each MIME type's normalised content. */
  private static List<String> describe(JsonNode outputs, OutputNormalizer normalizer) {
    List<String> described = new ArrayList<>();
    for (JsonNode output : outputs) {
      String type = output.path("output_type").asText();
      StringBuilder text = new StringBuilder(type);
      switch (type) {
        case "stream" -> text.append(' ').append(output.path("name").asText()).append('\n')
            .append(normalizer.normalize(joined(output.path("text"))));
        case "error" -> text.append('\n').append(output.path("ename").asText()).append(": ")
            .append(normalizer.normalize(output.path("evalue").asText()));
        default -> output.path("data").fieldNames().forEachRemaining(mime -> {
          JsonNode value = output.path("data").path(mime);
          text.append('\n').append(mime).append(": ");
          if (mime.startsWith("image/") && !mime.endsWith("svg+xml")) {
            text.append("(an image)");
          } else if (value.isObject() || (mime.endsWith("json") && !value.isTextual() && !value.isArray())) {
            text.append(withoutIds(value));
          } else {
            text.append(normalizer.normalize(joined(value)));
          }
        });
      }
      described.add(text.toString());
    }
    return described;
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
