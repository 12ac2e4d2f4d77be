package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution cache through {@code run} and {@code verify}, with real notebook JVMs. Each notebook
 * counts its executions in a file of its own, so a test sees exactly which notebooks ran.
 */
class ExecutionCacheCommandTest {
  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome tablebook(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private Outcome tablebook(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.add("--cache-dir");
    all.add(dir.resolve("cache").toString());
    return tablebook(all.toArray(String[]::new));
  }

  /** A notebook that appends a line to {@code runs-NAME.txt} each time it executes, then runs {@code more}. */
  private Path counting(String name, String... more) throws Exception {
    List<String> code = new ArrayList<>();
    code.add("java.nio.file.Files.writeString(java.nio.file.Path.of(\"runs-" + name + ".txt\"), \"x\\n\","
        + " java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);");
    code.addAll(List.of(more));
    return CodeNotebooks.write(dir, name + ".ipynb", List.of(), code.toArray(String[]::new));
  }

  private long runs(String name) throws Exception {
    Path file = dir.resolve("runs-" + name + ".txt");
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }

  private List<String> run(Path notebook, String... more) {
    List<String> args = new ArrayList<>(List.of("run", notebook.toString(), "--out", dir.resolve("out").toString()));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void aSecondRunTakesTheCacheAndNoCacheAndRefreshExecute() throws Exception {
    Path notebook = counting("a", "6 * 7");
    Outcome first = tablebook(run(notebook));
    assertEquals(0, first.code(), first.err());
    String executed = Files.readString(dir.resolve("out/a.ipynb"));
    Outcome second = tablebook(run(notebook));
    assertEquals(0, second.code(), second.err());
    assertEquals(1, runs("a"), "the second run came from the cache");
    assertTrue(second.out().contains("a.ipynb: 2 cells run (from the cache: executed "), second.out());
    assertFalse(second.out().contains("cell 1/2"), "no progress lines: nothing ran: " + second.out());
    String restored = Files.readString(dir.resolve("out/a.ipynb"));
    assertTrue(restored.contains("\"42\""), restored);
    assertEquals(executed.replaceAll("\\s", ""), restored.replaceAll("\\s", "").replaceAll(",\"tablebook_cache\":\\{\"ran\":\"[^\"]+\"}", ""),
        "the cached copy is the executed one, plus the mark");

    assertEquals(0, tablebook(run(notebook, "--no-cache")).code());
    assertEquals(2, runs("a"), "--no-cache executes");
    assertEquals(0, tablebook(run(notebook, "--refresh")).code());
    assertEquals(3, runs("a"), "--refresh executes");
    assertEquals(0, tablebook(run(notebook)).code());
    assertEquals(3, runs("a"), "and stores: the next run is cached");
    Outcome both = tablebook(run(notebook, "--no-cache", "--refresh"));
    assertEquals(2, both.code());
    assertTrue(both.err().contains("--no-cache excludes --refresh"), both.err());
  }

  @Test
  void aChangedLoadedFileRunsTheNotebookAgainAndSaysWhy() throws Exception {
    Files.writeString(dir.resolve("helper.jsh"), "int answer() { return 42; }\n");
    Path notebook = counting("b", "%load helper.jsh", "answer()");
    assertEquals(0, tablebook(run(notebook)).code());
    assertEquals(0, tablebook(run(notebook)).code());
    assertEquals(1, runs("b"));
    Files.writeString(dir.resolve("helper.jsh"), "int answer() { return 43; }\n");
    Outcome again = tablebook(run(notebook));
    assertEquals(0, again.code(), again.err());
    assertEquals(2, runs("b"));
    assertTrue(again.err().contains("b.ipynb: runs again, " + dir.resolve("helper.jsh") + " changed since its cached run"), again.err());
    assertTrue(Files.readString(dir.resolve("out/b.ipynb")).contains("\"43\""));
  }

  @Test
  void aCachedVerifyComparesAsUsualAndSaysSoInJUnitAndTheReport() throws Exception {
    Path notebook = counting("c", "6 * 7");
    assertEquals(0, tablebook(List.of("run", notebook.toString(), "--in-place")).code());
    assertFalse(Files.readString(notebook).contains("tablebook_cache"), "a notebook run in place carries no mark");
    List<String> verify = List.of("verify", notebook.toString(), "--out", dir.resolve("verified").toString(),
        "--junit", dir.resolve("junit.xml").toString());
    assertEquals(0, tablebook(verify).code());
    Outcome cached = tablebook(verify);
    assertEquals(0, cached.code(), cached.err());
    assertEquals(2, runs("c"), "run and verify differ in options (verify allows errors): one run each, then the cache");
    assertTrue(cached.out().contains("c.ipynb: 2 cells compared, 0 differ (from the cache: executed "), cached.out());
    assertTrue(Files.readString(dir.resolve("junit.xml")).contains("<property name=\"tablebook.cached\" value=\""));
    Files.writeString(notebook, Files.readString(notebook).replace("\"42\"", "\"41\"")); // the committed output is wrong now
    Outcome differs = tablebook(verify);
    assertEquals(1, differs.code(), "a cached run is compared with the committed outputs all the same");
    assertTrue(differs.err().contains("c.ipynb: cell 2 differs"), differs.err());
    assertEquals(2, runs("c"));
    assertEquals(0, tablebook("report", dir.resolve("verified").toString(), "--out", dir.resolve("report").toString()).code());
    assertTrue(Files.readString(dir.resolve("report/index.html")).contains("(from the cache)"));
    assertTrue(Files.readString(dir.resolve("report/c.html")).contains("Outputs from the execution cache: executed "));
  }

  @Test
  void shardsAndRunsAtOnceShareOneCache() throws Exception {
    List<String> all = new ArrayList<>(List.of("run"));
    for (String name : List.of("d1", "d2", "d3", "d4")) {
      all.add(counting(name, "\"" + name + "\"").toString());
    }
    all.addAll(List.of("--out", dir.resolve("out").toString()));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Outcome>> at = new ArrayList<>();
      for (String shard : List.of("1/2", "2/2")) {
        List<String> args = new ArrayList<>(all);
        args.addAll(List.of("--shard", shard));
        at.add(pool.submit(() -> tablebook(args)));
      }
      at.add(pool.submit(() -> tablebook(run(dir.resolve("d1.ipynb"))))); // the same notebook as a shard, at once
      for (Future<Outcome> outcome : at) {
        assertEquals(0, outcome.get().code(), outcome.get().err());
        assertFalse(outcome.get().err().contains("damaged"), outcome.get().err());
      }
    } finally {
      pool.shutdown();
    }
    Outcome whole = tablebook(all);
    assertEquals(0, whole.code(), whole.err());
    assertEquals(4, whole.out().lines().filter(line -> line.contains("(from the cache: executed ")).count(), whole.out());
    for (String name : List.of("d2", "d3", "d4")) {
      assertEquals(1, runs(name), name);
    }
    assertTrue(runs("d1") <= 2, "d1 ran once or, in the two runs at once, twice: never more");
  }

  @Test
  void aDataPackageNamedForTheNotebooksJvmsIsTracked() throws Exception {
    Path data = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(data.resolve("trade.csv"), "year\n2023\n");
    Path notebook = counting("e", "1");
    String[] told = {"--jvm-opt", "-Dtablebook.datasets=" + data};
    assertEquals(0, tablebook(run(notebook, told)).code());
    assertEquals(0, tablebook(run(notebook, told)).code());
    assertEquals(1, runs("e"));
    Files.writeString(data.resolve("trade.csv"), "year\n2024\n");
    Outcome again = tablebook(run(notebook, told));
    assertEquals(2, runs("e"), "the package the notebook's JVM reads changed");
    assertTrue(again.err().contains("trade.csv changed since its cached run"), again.err());
  }
}
