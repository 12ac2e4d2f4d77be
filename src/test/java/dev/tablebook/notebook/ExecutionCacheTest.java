package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.output.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution cache on its own: each thing a run depends on invalidates its entry, nothing else
 * does, and a damaged or concurrently written entry never gives a wrong result. Runs are made by
 * hand here (a cell's output is its source in capitals), so that a restored output can be told
 * from a stale one; {@code ExecutionCacheCommandTest} runs real notebooks.
 */
class ExecutionCacheTest {
  private static final RunKey.Environment ENVIRONMENT = new RunKey.Environment("tablebook 1 abc", "java 17", List.of("-Xmx1g"));
  private static final NotebookRunner.Options OPTIONS = new NotebookRunner.Options(null, false, Map.of());

  @TempDir Path dir;
  private Path cacheDir;
  private Path data;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void data() throws Exception {
    cacheDir = dir.resolve("cache");
    data = Files.createDirectories(dir.resolve("datasets"));
    Files.writeString(data.resolve("trade.csv"), "year,total\n2024,245\n");
  }

  private ExecutionCache cache(RunKey.Environment environment, boolean refresh) {
    return new ExecutionCache(cacheDir, dir, environment, refresh, warnings::add);
  }

  private ExecutionCache cache() {
    return cache(ENVIRONMENT, false);
  }

  private Path notebook(String metadata, String... cells) throws Exception {
    StringBuilder json = new StringBuilder("{\"cells\": [");
    for (int i = 0; i < cells.length; i++) {
      boolean markdown = cells[i].startsWith("# ");
      json.append(i == 0 ? "" : ",").append("{\"cell_type\": \"").append(markdown ? "markdown" : "code").append("\", \"id\": \"c")
          .append(i).append("\", \"metadata\": {}, \"source\": ").append(JupyterJson.MAPPER.writeValueAsString(cells[i]))
          .append(markdown ? "" : ", \"outputs\": [], \"execution_count\": null").append("}");
    }
    Path file = dir.resolve("nb.ipynb");
    Files.writeString(file, json + "], \"metadata\": " + metadata + ", \"nbformat\": 4, \"nbformat_minor\": 5}");
    return file;
  }

  /** A run of {@code path} by hand: each code cell prints its source in capitals; {@code failing} (a code cell's ordinal, or -1) fails. */
  private static NotebookRunner.Result ran(Path path, int failing, List<Path> inputs) throws Exception {
    Notebook notebook = NotebookRunner.prepare(Notebook.read(path), OPTIONS);
    int code = 0;
    NotebookRunner.Failure failure = null;
    List<Notebook.Cell> cells = notebook.cells();
    for (int i = 0; i < cells.size(); i++) {
      Notebook.Cell cell = cells.get(i);
      if (cell.type().equals("code")) {
        ArrayNode outputs = JupyterJson.MAPPER.createArrayNode();
        outputs.addObject().put("output_type", "stream").put("name", "stdout").put("text", cell.source().toUpperCase());
        cell.setOutputs(outputs);
        cell.setExecutionCount(++code);
        if (code - 1 == failing) {
          failure = new NotebookRunner.Failure(i + 1, cell.source(), new Output.Error("E", "boom", List.of("E: boom")), false);
        }
      }
    }
    if (failure != null) {
      NotebookRunner.addBanner(notebook, failure);
    }
    return new NotebookRunner.Result(notebook, failure == null ? NotebookRunner.Outcome.COMPLETED : NotebookRunner.Outcome.CELLS_FAILED,
        Optional.ofNullable(failure), code, failure == null ? 0 : 1, inputs);
  }

  private ExecutionCache.Slot lookup(ExecutionCache cache, Path path, NotebookRunner.Options options) throws Exception {
    return cache.lookup(path, Notebook.read(path), options, List.of(data));
  }

  private ExecutionCache.Slot lookup(Path path) throws Exception {
    return lookup(cache(), path, OPTIONS);
  }

  private void store(Path path, List<Path> inputs) throws Exception {
    ExecutionCache.Slot slot = lookup(path);
    cache().store(slot, ran(path, -1, inputs));
  }

  private static String outputs(NotebookRunner.Result result) {
    StringBuilder text = new StringBuilder();
    result.notebook().cells().forEach(cell -> cell.outputs().forEach(o -> text.append(o.path("text").asText()).append(';')));
    return text.toString();
  }

  @Test
  void aStoredRunIsFoundWithItsOutputsAndNothingElseRuns() throws Exception {
    Path path = notebook("{}", "int a = 1;", "# Notes", "a + 1");
    assertTrue(lookup(path).cached().isEmpty(), "an empty cache holds nothing");
    store(path, List.of());
    ExecutionCache.Slot slot = lookup(path);
    assertEquals("INT A = 1;;A + 1;", outputs(slot.cached().orElseThrow().result()));
    assertEquals(NotebookRunner.Outcome.COMPLETED, slot.cached().get().result().outcome());
    assertTrue(slot.cached().get().result().notebook().metadata().path(ExecutionCache.MARK).has("ran"), "the notebook says it came from the cache");
    assertEquals(List.of(), warnings);
  }

  @Test
  void eachPartOfTheKeyInvalidates() throws Exception {
    Path path = notebook("{}", "int a = 1;", "a + 1");
    store(path, List.of());
    assertTrue(lookup(path).cached().isPresent());
    assertTrue(lookup(cache(new RunKey.Environment("tablebook 2 abc", "java 17", List.of("-Xmx1g")), false), path, OPTIONS)
        .cached().isEmpty(), "another Tablebook build");
    assertTrue(lookup(cache(new RunKey.Environment("tablebook 1 abc", "java 25", List.of("-Xmx1g")), false), path, OPTIONS)
        .cached().isEmpty(), "another JDK");
    assertTrue(lookup(cache(new RunKey.Environment("tablebook 1 abc", "java 17", List.of("-Xmx2g")), false), path, OPTIONS)
        .cached().isEmpty(), "other JVM options");
    assertTrue(lookup(cache(), path, new NotebookRunner.Options(null, true, Map.of())).cached().isEmpty(), "errors allowed");
    assertTrue(lookup(cache(), path, new NotebookRunner.Options(java.time.Duration.ofSeconds(5), false, Map.of())).cached().isEmpty(),
        "a time limit");
    notebook("{}", "int a = 2;", "a + 1");
    assertTrue(lookup(path).cached().isEmpty(), "a code cell's source");
  }

  @Test
  void parametersAreInTheKey() throws Exception {
    Path path = notebook("{}", "int year = 2024;", "year");
    Files.writeString(path, Files.readString(path).replace("\"metadata\": {}, \"source\": \"int year", "\"metadata\": {\"tags\": [\"parameters\"]}, \"source\": \"int year"));
    NotebookRunner.Options in2023 = new NotebookRunner.Options(null, false, Map.of("year", "2023"));
    ExecutionCache.Slot slot = lookup(cache(), path, in2023);
    cache().store(slot, new NotebookRunner.Result(NotebookRunner.prepare(Notebook.read(path), in2023), NotebookRunner.Outcome.COMPLETED,
        Optional.empty(), 2, 0));
    assertTrue(lookup(cache(), path, in2023).cached().isPresent());
    assertTrue(lookup(cache(), path, new NotebookRunner.Options(null, false, Map.of("year", "2022"))).cached().isEmpty());
    assertTrue(lookup(path).cached().isEmpty(), "the default value is another parameter value");
  }

  @Test
  void markdownIsNotInTheKeyAndARestoredNotebookHasTheMarkdownOfNow() throws Exception {
    Path path = notebook("{}", "# Old title", "int a = 1;");
    store(path, List.of());
    notebook("{}", "# New title", "# A new note", "int a = 1;");
    NotebookRunner.Result restored = lookup(path).cached().orElseThrow().result();
    assertEquals("# New title", restored.notebook().cells().get(0).source());
    assertEquals("INT A = 1;", restored.notebook().cells().get(2).outputs().get(0).path("text").asText());
  }

  @Test
  void aFailedRunIsRestoredWithItsBannerPointingAtTheFailingCellWhereItIsNow() throws Exception {
    Path path = notebook("{}", "int a = 1;", "a / 0", "a");
    ExecutionCache.Slot slot = lookup(path);
    cache().store(slot, ran(path, 1, List.of()));
    notebook("{}", "# Intro", "int a = 1;", "# Then", "a / 0", "a");
    NotebookRunner.Result restored = lookup(path).cached().orElseThrow().result();
    assertEquals(NotebookRunner.Outcome.CELLS_FAILED, restored.outcome());
    assertEquals(4, restored.failure().orElseThrow().cellNumber(), "the fourth cell now");
    assertTrue(restored.notebook().cells().get(0).source().contains("Execution failed in cell 4"), restored.notebook().toJson());
  }

  @Test
  void theDataPackageInvalidatesByContentNotByTime() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    Path trade = data.resolve("trade.csv");
    Files.setLastModifiedTime(trade, FileTime.fromMillis(1_000_000)); // a fresh clone: new times, same bytes
    assertTrue(lookup(path).cached().isPresent(), "same content");
    Files.writeString(trade, "year,total\n2024,246\n");
    ExecutionCache.Slot changed = lookup(path);
    assertTrue(changed.cached().isEmpty());
    assertEquals(Optional.of("datasets/trade.csv changed"), changed.changed());
    store(path, List.of());
    Files.writeString(data.resolve("new.csv"), "a\n1\n");
    assertEquals(Optional.of("datasets has a new file"), lookup(path).changed());
  }

  @Test
  void declaredInputsInvalidateAndOneAppearingCounts() throws Exception {
    Path path = notebook("{\"tablebook\": {\"inputs\": [\"sales.csv\", \"lookups\"]}}", "1");
    store(path, List.of());
    assertTrue(lookup(path).cached().isPresent());
    Files.writeString(dir.resolve("sales.csv"), "x\n");
    assertEquals(Optional.of("sales.csv appeared"), lookup(path).changed());
    store(path, List.of());
    Files.createDirectories(dir.resolve("lookups"));
    Files.writeString(dir.resolve("lookups/a.csv"), "x\n");
    assertEquals(Optional.of("lookups appeared"), lookup(path).changed());
    store(path, List.of());
    Files.writeString(dir.resolve("lookups/a.csv"), "y\n");
    assertEquals(Optional.of("lookups/a.csv changed"), lookup(path).changed());
  }

  @Test
  void aMalformedDeclarationIsRefusedNamingTheNotebook() throws Exception {
    Path path = notebook("{\"tablebook\": {\"inputs\": \"sales.csv\"}}", "1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lookup(path));
    assertTrue(e.getMessage().contains("nb.ipynb: metadata.tablebook.inputs must be a list"), e.getMessage());
  }

  @Test
  void theFilesARunReadInvalidate() throws Exception {
    Path jar = Files.writeString(dir.resolve("lib.jar"), "not really a jar, but bytes");
    Path path = notebook("{}", "%jars lib.jar");
    store(path, List.of(jar));
    assertTrue(lookup(path).cached().isPresent());
    Files.writeString(jar, "other bytes");
    assertEquals(Optional.of("lib.jar changed"), lookup(path).changed());
    store(path, List.of(jar));
    Files.delete(jar);
    assertEquals(Optional.of("lib.jar is gone"), lookup(path).changed());
  }

  @Test
  void aDamagedEntryIsIgnoredWithOneWarningAndReplaced() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    try (var entries = Files.list(cacheDir)) {
      Path entry = entries.findFirst().orElseThrow();
      String text = Files.readString(entry);
      Files.writeString(entry, text.substring(0, text.length() / 2)); // cut short
    }
    ExecutionCache.Slot slot = lookup(path);
    assertTrue(slot.cached().isEmpty());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("tablebook: ignoring a damaged cache entry "), warnings.get(0));
    assertTrue(warnings.get(0).endsWith("; running " + path), warnings.get(0));
    cache().store(slot, ran(path, -1, List.of()));
    assertTrue(lookup(path).cached().isPresent(), "the next run replaces it");
    assertEquals(1, warnings.size());
  }

  @Test
  void refreshTakesNothingButStores() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    ExecutionCache refreshing = cache(ENVIRONMENT, true);
    ExecutionCache.Slot slot = lookup(refreshing, path, OPTIONS);
    assertTrue(slot.cached().isEmpty());
    Files.delete(cacheDir.resolve(Files.list(cacheDir).findFirst().orElseThrow().getFileName()));
    refreshing.store(slot, ran(path, -1, List.of()));
    assertTrue(lookup(path).cached().isPresent());
  }

  @Test
  void aDeadRunIsNotStored() throws Exception {
    Path path = notebook("{}", "Runtime.getRuntime().halt(3)");
    ExecutionCache.Slot slot = lookup(path);
    cache().store(slot, NotebookRunner.died(Notebook.read(path), OPTIONS, Map.of(), 0, "exit code 3"));
    assertFalse(Files.exists(cacheDir), "nothing written");
    assertTrue(lookup(path).cached().isEmpty());
  }

  @Test
  void runsWritingAndReadingOneEntryAtOnceNeverSeeAHalfWrittenOne() throws Exception {
    Path path = notebook("{}", "int a = 1;", "a + 1");
    NotebookRunner.Result result = ran(path, -1, List.of());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> hits = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        boolean writer = i % 2 == 0;
        hits.add(pool.submit(() -> {
          start.await();
          boolean hit = false;
          for (int round = 0; round < 25; round++) {
            ExecutionCache.Slot slot = lookup(path);
            if (slot.cached().isPresent()) {
              assertEquals("INT A = 1;;A + 1;", outputs(slot.cached().get().result()));
              hit = true;
            }
            if (writer) {
              cache().store(slot, result);
            }
          }
          return hit;
        }));
      }
      start.countDown();
      for (Future<Boolean> hit : hits) {
        hit.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), warnings, "no reader saw a damaged entry, no writer failed");
    try (var entries = Files.list(cacheDir)) {
      assertEquals(1, entries.count(), "one entry, no temporary files left");
    }
  }

  @Test
  void anEntryRecordsWhatItWasMadeFromReadably() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    try (var entries = Files.list(cacheDir)) {
      ObjectNode entry = (ObjectNode) JupyterJson.MAPPER.readTree(entries.findFirst().orElseThrow().toFile());
      assertEquals("nb.ipynb", entry.path("key").path("notebook").asText(), "relative to the notebook's folder");
      assertEquals("datasets", entry.path("inputs").path("paths").get(0).path("path").asText(), "relative to the notebook's folder");
      assertEquals("java 17", entry.path("key").path("java").asText());
    }
  }

  @Test
  void aRunWithATimeLimitIsFoundAgain() throws Exception {
    Path path = notebook("{}", "1");
    NotebookRunner.Options limited = new NotebookRunner.Options(java.time.Duration.ofSeconds(30), false, Map.of());
    ExecutionCache.Slot slot = lookup(cache(), path, limited);
    cache().store(slot, ran(path, -1, List.of()));
    assertTrue(lookup(cache(), path, limited).cached().isPresent(), "a key read back (its numbers as other JSON types) matches");
    assertEquals(List.of(), warnings);
  }

  @Test
  void aTimedOutRunIsNotStored() throws Exception {
    Path path = notebook("{}", "while (true) {}");
    ExecutionCache.Slot slot = lookup(path);
    Notebook notebook = NotebookRunner.prepare(Notebook.read(path), OPTIONS);
    NotebookRunner.Failure timedOut = new NotebookRunner.Failure(1, "while (true) {}", new Output.Error("TimeoutError", "slow", List.of()), true);
    cache().store(slot, new NotebookRunner.Result(notebook, NotebookRunner.Outcome.CELLS_FAILED, Optional.of(timedOut), 1, 1));
    assertFalse(Files.exists(cacheDir), "a slow machine's failure is not remembered");
  }

  @Test
  void whereTheDataPackageIsIsPartOfTheKey() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    Path nearer = Files.createDirectories(dir.resolve("nearer"));
    ExecutionCache.Slot slot = cache().lookup(path, Notebook.read(path), OPTIONS, List.of(nearer));
    assertTrue(slot.cached().isEmpty(), "another package (as when a closer datasets/ appears) is another run");
  }

  @Test
  void aSymbolicallyLinkedFolderIsFingerprintedThroughTheLink() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("f.txt"), "1\n");
    Files.createSymbolicLink(dir.resolve("linked"), real);
    Path path = notebook("{\"tablebook\": {\"inputs\": [\"linked\"]}}", "1");
    store(path, List.of());
    assertTrue(lookup(path).cached().isPresent());
    Files.writeString(real.resolve("f.txt"), "2\n");
    assertEquals(Optional.of("linked/f.txt changed"), lookup(path).changed());
  }

  @Test
  void anEntryWithADamagedFieldIsIgnoredNotFatal() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    Path entry;
    try (var entries = Files.list(cacheDir)) {
      entry = entries.findFirst().orElseThrow();
    }
    String good = Files.readString(entry);
    Files.writeString(entry, good.replaceFirst("\"ran\":\"[^\"]+\"", "\"ran\":\"yesterday\""));
    assertTrue(lookup(path).cached().isEmpty());
    Files.writeString(entry, good.replaceFirst("\"outputs\":\\[", "\"outputs\":[5,"));
    assertTrue(lookup(path).cached().isEmpty(), "outputs that are not nbformat's");
    Files.writeString(entry, good.replace("\"paths\"", "\"pathz\""));
    assertTrue(lookup(path).cached().isEmpty(), "no inputs recorded is not 'nothing changed'");
    assertEquals(3, warnings.size(), warnings.toString());
    warnings.forEach(w -> assertTrue(w.startsWith("tablebook: ignoring a damaged cache entry "), w));
  }

  @Test
  void aCacheFolderThatIsAFileTurnsTheCacheOffWithOneWarning() throws Exception {
    Files.writeString(cacheDir, "not a folder");
    Path path = notebook("{}", "1");
    ExecutionCache cache = cache();
    for (int i = 0; i < 3; i++) {
      ExecutionCache.Slot slot = lookup(cache, path, OPTIONS);
      assertTrue(slot.cached().isEmpty());
      cache.store(slot, ran(path, -1, List.of()));
    }
    assertEquals(List.of("tablebook: the execution cache is off for this command (" + cacheDir + " is not a folder)"), warnings);
  }

  @Test
  void aRestoredNotebookRunAgainIsNotMarkedAsCached() throws Exception {
    Path path = notebook("{}", "1");
    store(path, List.of());
    Notebook restored = lookup(path).cached().orElseThrow().result().notebook();
    assertTrue(restored.metadata().has(ExecutionCache.MARK));
    assertFalse(NotebookRunner.prepare(restored, OPTIONS).metadata().has(ExecutionCache.MARK));
  }
}
