package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Re-runs every notebook in {@code notebooks/} and checks its outputs still match the committed ones.
 * Finding no notebook is a failure, not a pass: the folder moved or the test runs from elsewhere.
 */
class NotebooksVerifyTest {

  @TestFactory
  Stream<DynamicTest> everyCommittedNotebookStillReproduces() throws IOException {
    Path dir = Path.of("notebooks").toAbsolutePath();
    assertTrue(Files.isDirectory(dir), "no notebooks folder at " + dir);
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(dir)) {
      notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertFalse(notebooks.isEmpty(), "no *.ipynb notebooks in " + dir);
    return notebooks.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
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
