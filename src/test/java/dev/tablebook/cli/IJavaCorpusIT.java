package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookVerifier;
import dev.tablebook.notebook.OutputNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IJava/JJava compatibility corpus (src/test/notebooks/ijava: one notebook per documented form,
 * with the outputs IJava's and JJava's docs give) through both front ends: {@code tablebook verify}
 * must pass, and nbconvert through the installed kernel must give the committed outputs. Each front
 * end works in a copy of the corpus under target/ijava-corpus, with the fixtures built there and a
 * Maven home of its own ({@link CorpusFixtures}); both start in the notebook's folder.
 */
class IJavaCorpusIT {
  private static final Path CORPUS = Path.of("src/test/notebooks/ijava").toAbsolutePath();
  private static final Path WORK = Path.of("target/ijava-corpus").toAbsolutePath();
  private static final Path VERIFY = WORK.resolve("verify");
  private static final Path KERNEL = WORK.resolve("kernel");
  @TempDir static Path jupyterDir;
  private static Jupyter jupyter;

  @BeforeAll
  static void layOutTheCorpus() throws Exception {
    CorpusFixtures.delete(WORK);
    Path classes = WORK.resolve("fixture-classes");
    CorpusFixtures.compile(CORPUS, classes);
    for (Path frontEnd : List.of(VERIFY, KERNEL)) {
      CorpusFixtures.layOut(CORPUS, classes, frontEnd.resolve("notebooks"));
      CorpusFixtures.mavenHome(frontEnd.resolve("home"));
    }
    jupyter = Jupyter.install(jupyterDir, "-Duser.home=" + KERNEL.resolve("home"));
  }

  @TestFactory
  Stream<DynamicTest> tablebookVerifyPasses() throws IOException {
    return notebooks().stream().map(name -> dynamicTest(name, () -> verify(name)));
  }

  @TestFactory
  Stream<DynamicTest> theInstalledKernelGivesTheCommittedOutputs() throws IOException {
    return notebooks().stream().map(name -> dynamicTest(name, () -> execute(name)));
  }

  /** {@code tablebook verify} in the notebook's folder. */
  private static void verify(String name) throws Exception {
    CorpusFixtures.clearLocalRepository(VERIFY.resolve("home"));
    Jupyter.Result result = jupyter.run(VERIFY.resolve("notebooks"), Jupyter.JAVA, "-Duser.home=" + VERIFY.resolve("home"),
        "-jar", Jupyter.JAR.toString(), "verify", name);
    assertEquals(0, result.exit(), "tablebook verify " + name + ":\n" + result.output());
  }

  /** nbconvert through the installed kernel, every cell run (--allow-errors), the outputs compared with the committed ones. */
  private static void execute(String name) throws Exception {
    CorpusFixtures.clearLocalRepository(KERNEL.resolve("home"));
    Path executed = KERNEL.resolve("executed");
    Jupyter.Result result = jupyter.execute(KERNEL.resolve("notebooks"), Path.of(name), executed, "--allow-errors",
        "--ExecutePreprocessor.timeout=300");
    assertEquals(0, result.exit(), "nbconvert " + name + ":\n" + result.output());
    StringBuilder differences = new StringBuilder();
    for (NotebookVerifier.CellVerdict verdict : NotebookVerifier.compare(committed(name), Notebook.read(executed.resolve(name)),
        OutputNormalizer.standard())) {
      if (!verdict.matches()) {
        differences.append("cell ").append(verdict.cellNumber()).append(" (").append(verdict.firstLine()).append("):\n")
            .append(verdict.difference());
      }
    }
    assertTrue(differences.isEmpty(), name + " through the kernel differs from the committed outputs:\n" + differences);
  }

  private static List<String> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
    }
  }

  private static Notebook committed(String name) throws Exception {
    return Notebook.read(CORPUS.resolve(name));
  }
}
