package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Re-runs every notebook in {@code notebooks/} and in the guide, {@code notebooks/guide/}, and checks its
 * outputs still match the committed ones. Finding no notebook is a failure, not a pass: the folder moved or
 * the test runs from elsewhere. The guide's Spark page, in {@code notebooks/guide/spark/}, needs a Spark
 * Connect server: SparkConnectIT runs it against a real one.
 */
class NotebooksVerifyTest {
  private static List<Path> notebooksIn(Path dir) throws IOException {
    assertTrue(Files.isDirectory(dir), "no notebooks folder at " + dir);
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(dir)) {
      notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertFalse(notebooks.isEmpty(), "no *.ipynb notebooks in " + dir);
    return notebooks;
  }

  @TestFactory
  Stream<DynamicTest> everyCommittedNotebookStillReproduces() throws IOException {
    Path dir = Path.of("notebooks").toAbsolutePath();
    List<Path> notebooks = new ArrayList<>(notebooksIn(dir));
    notebooks.addAll(notebooksIn(dir.resolve("guide")));
    return notebooks.stream().map(path -> DynamicTest.dynamicTest(dir.relativize(path).toString(), () -> {
      List<NotebookVerifier.CellVerdict> verdicts =
          NotebookVerifier.verify(Notebook.read(path), path.toAbsolutePath().getParent(), OutputNormalizer.standard());
      StringBuilder report = new StringBuilder();
      verdicts.stream().filter(v -> !v.matches())
          .forEach(v -> report.append("cell ").append(v.cellNumber()).append(" (").append(v.firstLine()).append(")\n")
              .append(v.difference()));
      assertTrue(report.isEmpty(), path + " no longer reproduces:\n" + report);
    }));
  }
}
