package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookVerifier;
import dev.tablebook.notebook.OutputNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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

  /** {@code tablebook verify} of every page, in the notebooks' folder, two at a time (one JVM each). */
  @Test
  void tablebookVerifyPasses() throws Exception {
    List<String> command = new ArrayList<>(List.of(Jupyter.JAVA, "-jar", Jupyter.JAR.toString(), "verify", "--jobs=2"));
    command.addAll(TablesawGuide.notebooks(TablesawGuide.CORPUS));
    Jupyter.Result result = jupyter.run(verifyNotebooks, command.toArray(String[]::new));
    assertEquals(0, result.exit(), "tablebook verify:\n" + result.output());
  }

  /**
   * nbconvert through the installed kernel, every cell run (--allow-errors), the outputs compared with the
   * committed ones; two nbconvert processes, each taking every other page.
   */
  @TestFactory
  Stream<DynamicTest> theInstalledKernelGivesTheCommittedOutputs() throws Exception {
    List<String> names = TablesawGuide.notebooks(TablesawGuide.CORPUS);
    Path executed = WORK.resolve("kernel/executed");
    List<CompletableFuture<Jupyter.Result>> runs = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      List<String> pages = new ArrayList<>();
      for (int i = half; i < names.size(); i += 2) {
        pages.add(names.get(i));
      }
      runs.add(CompletableFuture.supplyAsync(() -> {
        try {
          return jupyter.execute(kernelNotebooks, pages, executed, "--allow-errors", "--ExecutePreprocessor.timeout=300");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (CompletableFuture<Jupyter.Result> run : runs) {
      Jupyter.Result result = run.get();
      assertEquals(0, result.exit(), "nbconvert:\n" + result.output());
    }
    return names.stream().map(name -> dynamicTest(name, () -> compare(name, executed)));
  }

  /**
   * What the corpus is for: every cell that runs in plain Java (a JShell with Tablesaw's jars and an IDE's
   * imports, {@link TablesawGuidePlainJShell}) gives no error in the committed outputs, and every cell that
   * fails there only because jsplot's {@code Plot.show} wants a desktop browser runs in Tablebook.
   */
  @Test
  void everyCellThatRunsInPlainJavaRunsInTablebook() throws Exception {
    CorpusFixtures.delete(WORK.resolve("plain"));
    Path notebooks = TablesawGuide.layOut(WORK.resolve("plain"));
    Jupyter.Result plain = jupyter.run(notebooks, Jupyter.JAVA, "-Djava.awt.headless=true", "-cp",
        Path.of("target/test-classes").toAbsolutePath() + java.io.File.pathSeparator + Jupyter.JAR,
        TablesawGuidePlainJShell.class.getName(), "run", Jupyter.JAR.toString());
    assertEquals(0, plain.exit(), plain.output());
    Map<String, Map<Integer, String>> failsInPlainJava = new TreeMap<>();
    Matcher line = Pattern.compile("(?m)^  (\\S+\\.ipynb) cell-(\\d+): (.*)$").matcher(plain.output());
    while (line.find()) {
      failsInPlainJava.computeIfAbsent(line.group(1), n -> new TreeMap<>()).put(Integer.parseInt(line.group(2)), line.group(3));
    }
    List<String> wrong = new ArrayList<>();
    int browserCells = 0;
    for (String name : TablesawGuide.notebooks(TablesawGuide.CORPUS)) {
      Map<Integer, String> plainFailures = failsInPlainJava.getOrDefault(name, Map.of());
      List<Notebook.Cell> cells = Notebook.read(TablesawGuide.CORPUS.resolve(name)).cells();
      TreeSet<Integer> failsHere = new TreeSet<>();
      for (int i = 0; i < cells.size(); i++) {
        int index = i;
        cells.get(i).outputs().forEach(o -> {
          if (o.path("output_type").asText().equals("error")) {
            failsHere.add(index);
          }
        });
      }
      for (int cell : failsHere) {
        String why = plainFailures.get(cell);
        if (why == null || why.contains("Browser not supported")) {
          wrong.add(name + " cell-" + cell + " fails in Tablebook" + (why == null ? " but runs in plain Java" : ": Plot.show"));
        }
      }
      browserCells += (int) plainFailures.values().stream().filter(why -> why.contains("Browser not supported")).count();
    }
    assertEquals(List.of(), wrong);
    assertTrue(browserCells >= 10, "the plotting pages call Plot.show, which fails in plain Java: " + browserCells);
  }

  /** The kernel's outputs of {@code name} (in {@code executed}) against the committed ones. */
  private static void compare(String name, Path executed) throws Exception {
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
