package dev.tablebook.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.NodeTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code datasets/} with an independent implementation, Frictionless' JavaScript
 * {@code datapackage} library ({@code src/test/node/check-datapackage.js}), and shows that it and our
 * validator catch the same breakages. It fails, never skips, when node or the library is missing:
 * {@code .ci/run} installs both, so CI always runs it.
 */
class NodeDataPackageCheckIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = NodeTools.DIR.resolve("check-datapackage.js");
  private static final Path DATASETS = Path.of("datasets");

  /** What the Node check printed and how it exited. */
  record Run(int exitCode, String stdout, String stderr) {}

  @BeforeAll
  static void nodeAndTheLibraryAreInstalled() throws IOException {
    List<String> missing = NodeTools.missing("datapackage");
    if (!missing.isEmpty()) {
      fail("the independent data package check cannot run (`bash .ci/run` installs what it needs):\n  "
          + String.join("\n  ", missing));
    }
  }

  @Test
  void theCommittedDatasetsPassTheIndependentCheck(@TempDir Path work) throws Exception {
    Run run = check(DATASETS, work);
    assertEquals(0, run.exitCode(), "the npm datapackage library rejects datasets/:\n" + run.stderr() + run.stdout());
    assertTrue(run.stdout().contains("valid for the npm datapackage library"), run.stdout());
    for (String table : Datasets.open(DATASETS).tableNames()) {
      assertTrue(run.stdout().contains(table + ": "), "the check did not read " + table + ":\n" + run.stdout());
    }
  }

  @Test
  void aForeignKeyToAMissingSentenceFailsBothChecks(@TempDir Path work) throws Exception {
    Path copy = copyOfDatasets(work);
    Path claims = copy.resolve("claims.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(claims, UTF_8));
    assertTrue(lines.get(2).split(",")[1].matches("[0-9]+\\.[0-9]+"), lines.get(2));
    lines.set(2, lines.get(2).replaceFirst(",[0-9]+\\.[0-9]+,", ",99.9,"));
    Files.write(claims, lines, UTF_8);

    Run run = check(copy, work);
    assertEquals(1, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(run.stderr().contains("claims.csv (resource \"claims\"): Foreign key \"article_ref\" violation in row 3"),
        run.stderr());
    assertEquals(List.of("copy/claims.csv:3:2 article_ref: \"99.9\" is not a ref of article_sentences"), ours(copy));
  }

  @Test
  void theOldTabularProfileFailsBothChecks(@TempDir Path work) throws Exception {
    Path copy = copyOfDatasets(work);
    Path descriptor = copy.resolve("datapackage.json");
    ObjectNode root = (ObjectNode) JSON.readTree(descriptor.toFile());
    root.put("profile", "tabular-data-package");
    Files.writeString(descriptor, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), UTF_8);

    Run run = check(copy, work);
    assertEquals(1, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(run.stderr().contains("No enum match for: \"data-resource\" at \"/resources/0/profile\""), run.stderr());
    List<String> ours = ours(copy);
    assertEquals(1, ours.size(), ours.toString());
    assertTrue(ours.get(0).startsWith("copy/datapackage.json resources[0].profile: the resource \"article\""), ours.get(0));
  }

  @Test
  void aValueOfTheWrongTypeFailsBothChecks(@TempDir Path work) throws Exception {
    Path copy = copyOfDatasets(work);
    Path totals = copy.resolve("trade_totals.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(totals, UTF_8));
    lines.set(1, lines.get(1).replaceFirst("^[0-9]{4},", "20x3,"));
    Files.write(totals, lines, UTF_8);

    Run run = check(copy, work);
    assertEquals(1, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(run.stderr().contains("trade_totals.csv (resource \"trade_totals\")"), run.stderr());
    assertEquals(List.of("copy/trade_totals.csv:2:1 year: \"20x3\" is not an integer"), ours(copy));
  }

  @Test
  void aMissingFileFailsBothChecks(@TempDir Path work) throws Exception {
    Path copy = copyOfDatasets(work);
    Files.delete(copy.resolve("article.txt"));

    Run run = check(copy, work);
    assertEquals(1, run.exitCode(), run.stdout() + run.stderr());
    assertTrue(run.stderr().contains("article.txt (resource \"article\"): the file is missing"), run.stderr());
    assertEquals(List.of("copy/article.txt: the file is missing"), ours(copy));
  }

  private static List<String> ours(Path dir) {
    return DataPackage.open(PackageSource.directory(dir, "copy")).validate().stream().map(Problem::toString).toList();
  }

  private static Path copyOfDatasets(Path work) throws IOException {
    Path copy = Files.createDirectory(work.resolve("datasets"));
    try (Stream<Path> files = Files.list(DATASETS)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  private static Run check(Path dir, Path work) throws IOException, InterruptedException {
    Path out = work.resolve("check.out");
    Path err = work.resolve("check.err");
    Process node = new ProcessBuilder("node", SCRIPT.toString(), dir.toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      fail("the Node check did not finish in 120 s; its output so far:\n" + Files.readString(out) + Files.readString(err));
    }
    return new Run(node.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }


}
