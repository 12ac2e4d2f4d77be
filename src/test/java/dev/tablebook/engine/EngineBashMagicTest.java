package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** %%bash: output as it comes, exit codes, the working directory, and interrupts and time limits that kill what it started. */
class EngineBashMagicTest extends EngineTestBase {
  private static final Pattern PID = Pattern.compile("pid (\\d+)");

  @TempDir
  static Path work;

  @BeforeAll
  static void workInAFolderOfItsOwn() {
    restartWith(EngineOptions.defaults().withMaxCellOutputBytes(64 * 1024).withWorkingDirectory(work));
  }

  /** Records a cell's outputs and counts down once the text {@code awaited} has been printed. */
  private static final class WatchingSink implements OutputSink {
    final RecordingSink recorded = new RecordingSink();
    final CountDownLatch printed = new CountDownLatch(1);
    private final String awaited;

    WatchingSink(String awaited) {
      this.awaited = awaited;
    }

    @Override
    public void accept(Output output) {
      recorded.accept(output);
      if (recorded.stdout().contains(awaited)) {
        printed.countDown();
      }
    }
  }

  @Test
  void runsTheBodyInTheWorkingDirectoryWithBothStreams() throws Exception {
    Files.writeString(work.resolve("here.txt"), "found\n");
    RecordingSink sink = run("%%bash\ncat here.txt\necho to-stderr >&2\necho \"$((6 * 7))\"");
    assertEquals("found\n42\n", sink.stdout(), sink.outputs.toString());
    assertEquals("to-stderr\n", sink.stderr());
    assertTrue(sink.outputs.stream().noneMatch(Output.Error.class::isInstance), sink.outputs.toString());
  }

  @Test
  void anExitCodeOtherThanZeroIsTheCellsError() {
    RecordingSink sink = run("%%bash\necho before\nexit 3\necho never");
    assertEquals("before\n", sink.stdout());
    assertEquals("%%bash: bash exited with code 3", sink.error().evalue());
    assertEquals("2", run("1 + 1").result());
  }

  @Test
  @Timeout(60)
  void outputArrivesWhileTheScriptStillRuns() throws Exception {
    Path gate = work.resolve("gate");
    WatchingSink sink = new WatchingSink("first");
    CompletableFuture<CellResult> cell = CompletableFuture.supplyAsync(() -> engine.execute("cell 1",
        "%%bash\necho first\nwhile [ ! -e gate ]; do sleep 0.05; done\necho second", sink));
    assertTrue(sink.printed.await(30, TimeUnit.SECONDS), "the first line was shown before the script ended");
    assertFalse(cell.isDone());
    Files.writeString(gate, "");
    assertEquals(CellResult.Status.OK, cell.get(30, TimeUnit.SECONDS).status());
    assertEquals("first\nsecond\n", sink.recorded.stdout());
  }

  @Test
  @Timeout(60)
  void anInterruptKillsTheScriptAndWhatItStartedAndTheNextCellWorks() throws Exception {
    WatchingSink sink = new WatchingSink("pid ");
    CompletableFuture<CellResult> cell = CompletableFuture.supplyAsync(() -> engine.execute("cell 1",
        "%%bash\nsleep 60 &\necho \"pid $!\"\nwait", sink));
    assertTrue(sink.printed.await(30, TimeUnit.SECONDS), sink.recorded.outputs.toString());
    long sleep = sleepOf(sink);
    assertTrue(alive(sleep), "the script's sleep runs until the interrupt");
    long start = System.nanoTime();
    engine.interrupt();
    CellResult result = cell.get(30, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(CellResult.Status.INTERRUPTED, result.status(), sink.recorded.outputs.toString());
    assertTrue(millis < 1000, "stopped within a second: " + millis + " ms");
    assertFalse(alive(sleep), "no process of the script is left");
    assertEquals("7", run("3 + 4").result());
  }

  @Test
  @Timeout(60)
  void theTimeLimitKillsTheScript() {
    WatchingSink sink = new WatchingSink("pid ");
    CellResult result = engine.execute("cell 1", "%%bash\nsleep 60 &\necho \"pid $!\"\nwait", sink, Duration.ofMillis(1500));
    assertEquals(CellResult.Status.TIMED_OUT, result.status(), sink.recorded.outputs.toString());
    assertEquals("TimeoutError", sink.recorded.error().ename());
    assertTrue(result.elapsed().toMillis() < 2500, "stopped within a second of its limit: " + result.elapsed());
    assertFalse(alive(sleepOf(sink)), "no process of the script is left");
    assertEquals("7", run("3 + 4").result());
  }

  @Test
  @Timeout(60)
  void aBackgroundJobNeitherHoldsTheCellNorOutlivesIt() throws Exception {
    RecordingSink sink = new RecordingSink();
    CellResult result = run("%%bash\nsleep 30 & echo $! > pidfile; echo started", sink);
    assertEquals(CellResult.Status.OK, result.status(), sink.outputs.toString());
    assertTrue(result.elapsed().toMillis() < 20_000, "the cell did not wait for its 30 s background job: " + result.elapsed());
    assertTrue(sink.outputs.stream().noneMatch(Output.Error.class::isInstance), sink.outputs.toString());
    assertEquals("started\n", sink.stdout());
    long sleep = Long.parseLong(Files.readString(work.resolve("pidfile")).strip());
    ProcessHandle.of(sleep).ifPresent(job -> {
      try {
        job.onExit().get(5, TimeUnit.SECONDS); // killed as the cell ended; only its reaping may lag
      } catch (Exception e) {
        throw new AssertionError("the background sleep " + sleep + " is still alive", e);
      }
    });
    assertFalse(alive(sleep), "the background job did not outlive the cell");
  }

  private static long sleepOf(WatchingSink sink) {
    Matcher pid = PID.matcher(sink.recorded.stdout());
    assertTrue(pid.find(), sink.recorded.stdout());
    return Long.parseLong(pid.group(1));
  }

  /** Whether the process {@code pid} still runs (a killed and reaped one has no handle). */
  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
