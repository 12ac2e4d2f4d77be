package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookVerifier;
import dev.tablebook.notebook.OutputNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tablesaw's user guide as notebooks (src/test/notebooks/tablesaw: each page's code, unchanged) through
 * both front ends: {@code tablebook verify} must pass, and nbconvert through the installed kernel must
 * give the committed outputs. Each front end works in its own copy under target/tablesaw-guide, laid
 * out by {@link TablesawGuide} so the pages' data paths resolve from the notebook's folder.
 */
class TablesawGuideIT {
  private static final Path WORK = Path.of("target/tablesaw-guide").toAbsolutePath();
  private static Path verifyNotebooks;
  private static Path kernelNotebooks;
  @TempDir static Path jupyterDir;
  private static Jupyter jupyter;

  @BeforeAll
  static void layOutTheCorpus() throws Exception {
    CorpusFixtures.delete(WORK.resolve("verify"));
    CorpusFixtures.delete(WORK.resolve("kernel"));
    verifyNotebooks = TablesawGuide.layOut(WORK.resolve("verify"));
    kernelNotebooks = TablesawGuide.layOut(WORK.resolve("kernel"));
    jupyter = Jupyter.install(jupyterDir);
  }

  @TestFactory
  Stream<DynamicTest> tablebookVerifyPasses() throws IOException {
    return TablesawGuide.notebooks(TablesawGuide.CORPUS).stream().map(name -> dynamicTest(name, () -> verify(name)));
  }

  @TestFactory
  Stream<DynamicTest> theInstalledKernelGivesTheCommittedOutputs() throws IOException {
    return TablesawGuide.notebooks(TablesawGuide.CORPUS).stream().map(name -> dynamicTest(name, () -> execute(name)));
  }

  /** {@code tablebook verify} in the notebook's folder. */
  private static void verify(String name) throws Exception {
    Jupyter.Result result = jupyter.run(verifyNotebooks, Jupyter.JAVA, "-jar", Jupyter.JAR.toString(), "verify", name);
    assertEquals(0, result.exit(), "tablebook verify " + name + ":\n" + result.output());
  }

  /** nbconvert through the installed kernel, every cell run (--allow-errors), the outputs compared with the committed ones. */
  private static void execute(String name) throws Exception {
    Path executed = WORK.resolve("kernel/executed");
    Jupyter.Result result = jupyter.execute(kernelNotebooks, Path.of(name), executed, "--allow-errors",
        "--ExecutePreprocessor.timeout=300");
    assertEquals(0, result.exit(), "nbconvert " + name + ":\n" + result.output());
    StringBuilder differences = new StringBuilder();
    for (NotebookVerifier.CellVerdict verdict : NotebookVerifier.compare(Notebook.read(TablesawGuide.CORPUS.resolve(name)),
        Notebook.read(executed.resolve(name)), OutputNormalizer.standard())) {
      if (!verdict.matches()) {
        differences.append("cell ").append(verdict.cellNumber()).append(" (").append(verdict.firstLine()).append("):\n")
            .append(verdict.difference());
      }
    }
    assertTrue(differences.isEmpty(), name + " through the kernel differs from the committed outputs:\n" + differences);
  }
}
