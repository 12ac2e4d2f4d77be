package dev.tablebook.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.CellResult;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.EngineTestBase;
import dev.tablebook.engine.RecordingSink;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every value a cell shows can be believed: stops, errors outside user code, and streams a cell broke. */
class EngineTrustTest extends EngineTestBase {

  /** Runs {@code code}, which prints "started" when it is ready to be interrupted, and interrupts it then. */
  private static CellResult interruptOnceStarted(String code, RecordingSink results) {
    boolean[] fired = {false};
    OutputSink sink = output -> {
      results.accept(output);
      if (output instanceof Output.Stream s && s.text().contains("started") && !fired[0]) {
        fired[0] = true;
        new Thread(engine::interrupt).start();
      }
    };
    return engine.execute("cell 1", code, sink);
  }

  @Test
  void anInterruptOfARequestThatComesBeforeItsCellBeginsStopsThatCellAndNoOther() {
    Object request = new Object();
    engine.interrupt(request); // as a front end may, right after the request's execute_input
    RecordingSink sink = new RecordingSink();
    CellResult stopped = engine.execute("cell 1", "while (true) { }", sink, java.time.Duration.ofSeconds(60), request);
    assertEquals(CellResult.Status.INTERRUPTED, stopped.status(), sink.outputs.toString());
    engine.interrupt(new Object()); // a request that never runs, or has ended: reaches nothing
    assertEquals("2", run("1 + 1").result());
    Object later = new Object();
    engine.interrupt(request); // the ended request again
    assertEquals(CellResult.Status.OK, engine.execute("cell 1", "int afterStale = 3;", new RecordingSink(), null, later).status());
  }

  @Test
  void aDeclarationCutByAnInterruptIsNotLeftDefinedWithADefaultValue() {
    run("long slowAnswer() { System.out.println(\"started\"); while (true) { } }");
    RecordingSink sink = new RecordingSink();
    CellResult result = interruptOnceStarted("long cutShort = slowAnswer();", sink);
    assertEquals(CellResult.Status.INTERRUPTED, result.status());
    assertTrue(sink.error().evalue().contains("cutShort is not defined"), sink.error().evalue());
    RecordingSink after = run("cutShort");
    assertEquals("CompilationException", after.error().ename(), "cutShort must not be 0: " + after.outputs);
  }

  @Test
  void anInterruptStopsCodeThatEvalRunsAndTheCellThatCalledIt() {
    RecordingSink sink = new RecordingSink();
    CellResult result = interruptOnceStarted("long evalCut = (long) eval(\"System.out.println(\\\"started\\\"); while (true) { }\\n1L\");", sink);
    assertEquals(CellResult.Status.INTERRUPTED, result.status(), sink.outputs.toString());
    assertTrue(sink.error().evalue().contains("evalCut is not defined"), sink.error().evalue());
    assertEquals("CompilationException", run("evalCut").error().ename());
    assertEquals("after", run("\"after\"").result());
  }

  @Test
  @Timeout(300)
  void interruptsAtRandomMomentsReachOnlyTheCellTheyWereMeantFor() throws Exception {
    run("long work(int k, int spins) { long sink = 0; for (int i = 0; i < spins; i++) { sink += i % 7; } return k * 7L + (sink < 0 ? 1 : 0); }");
    Random random = new Random(20261201);
    int cells = 300;
    int interrupted = 0;
    for (int k = 0; k < cells; k++) {
      int spins = random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000);
      long delayMicros = random.nextInt(3_000);
      boolean interruptNow = random.nextBoolean();
      Thread interrupter = new Thread(() -> {
        long until = System.nanoTime() + delayMicros * 1_000;
        while (System.nanoTime() < until) {
          Thread.onSpinWait(); // a moment chosen by the seed, not a synchronisation
        }
        engine.interrupt();
      });
      if (interruptNow) {
        interrupter.start();
      }
      RecordingSink sink = new RecordingSink();
      CellResult result = run("long v" + k + " = work(" + k + ", " + spins + ");", sink);
      if (interruptNow) {
        interrupter.join();
      }
      if (result.status() == CellResult.Status.INTERRUPTED) {
        interrupted++;
        assertEquals("InterruptedException", sink.error().ename(), "cell " + k + ": " + sink.outputs);
      } else {
        assertEquals(CellResult.Status.OK, result.status(), "cell " + k + ": " + sink.outputs);
      }
      // Whatever happened to cell k, the next cell gives the true answer, and v<k> is right or absent.
      RecordingSink check = run("1 + 1");
      assertEquals("2", check.result(), "the cell after cell " + k + " (" + result.status() + ")");
      RecordingSink value = run("v" + k);
      if (result.ok()) {
        assertEquals(String.valueOf(k * 7L), value.result(), "v" + k);
      } else if (!value.results().isEmpty()) {
        assertEquals(String.valueOf(k * 7L), value.result(), "v" + k + " after an interrupt is right or absent; the cell gave " + sink.outputs);
      } else {
        assertEquals("CompilationException", value.error().ename(), "v" + k + ": " + value.outputs);
      }
    }
    assertTrue(interrupted > 10, "the seed interrupts some cells: " + interrupted);
    assertTrue(interrupted < cells, "and leaves others alone: " + interrupted);
  }

  @Test
  void aToStringThatOverflowsTheStackIsAnErrorOnThatCellAndTheNextCellWorks() {
    run("class Recurses { public String toString() { return \"x\" + this; } }");
    RecordingSink sink = new RecordingSink();
    CellResult result = run("new Recurses()", sink);
    assertEquals(CellResult.Status.ERROR, result.status());
    assertEquals("java.lang.StackOverflowError", sink.error().ename());
    assertTrue(sink.error().traceback().get(0).startsWith("Showing the cell's value failed"), sink.error().text());
    assertEquals("3", run("1 + 2").result());
  }

  @Test
  void aToStringThatCallsSystemExitIsAnErrorOnThatCell() {
    run("class Exits { public String toString() { System.exit(3); return \"\"; } }");
    RecordingSink sink = new RecordingSink();
    assertEquals(CellResult.Status.ERROR, run("new Exits()", sink).status());
    assertTrue(sink.error().evalue().contains("System.exit(3) is disabled"), sink.error().evalue());
    assertEquals("4", run("2 + 2").result());
  }

  @Test
  @Timeout(60)
  void aToStringThatNeverEndsIsStoppedByAnInterrupt() {
    run("class Spins { public String toString() { System.out.println(\"started\"); while (true) { } } }");
    RecordingSink sink = new RecordingSink();
    assertEquals(CellResult.Status.INTERRUPTED, interruptOnceStarted("new Spins()", sink).status());
    assertEquals("InterruptedException", sink.error().ename());
    assertEquals("5", run("2 + 3").result());
  }

  @Test
  @Timeout(60)
  void aToStringThatNeverEndsIsStoppedByTheTimeLimit() {
    run("class SpinsToo { public String toString() { while (true) { } } }");
    RecordingSink sink = new RecordingSink();
    CellResult result = engine.execute("cell 1", "new SpinsToo()", sink, Duration.ofMillis(300));
    assertEquals(CellResult.Status.TIMED_OUT, result.status());
    assertEquals("TimeoutError", sink.error().ename());
    assertTrue(sink.error().evalue().contains("300 ms"), sink.error().evalue());
  }

  @Test
  void aCellThatClosesSystemOutDoesNotSilenceTheNextCell() {
    run("System.out.close(); System.err.close();");
    RecordingSink sink = run("System.out.println(\"still here\"); System.err.println(\"and here\");");
    assertEquals("still here\n", sink.stdout());
    assertEquals("and here\n", sink.stderr());
  }

  @Test
  void aCellThatReplacesSystemOutDoesNotTakeTheNextCellsOutput() {
    run("System.setOut(new PrintStream(OutputStream.nullOutputStream()));");
    assertEquals("mine\n", run("System.out.println(\"mine\");").stdout());
  }

  @Test
  void aThreadStartedInOneCellPrintsIntoTheCellThatIsRunning() {
    run("var pool = java.util.concurrent.Executors.newSingleThreadExecutor(); pool.submit(() -> { }).get();");
    RecordingSink second = run("pool.submit(() -> System.out.println(\"from the second cell\")).get();");
    assertEquals("from the second cell\n", second.stdout());
    run("pool.shutdown();");
  }

  @Test
  void theCommonPoolPrintsIntoTheCellThatIsRunning() {
    // The rule holds for a JVM with one notebook open; a kernel test run before may still be closing its own.
    org.junit.jupiter.api.Assumptions.assumeTrue(OutputRoute.openCount() == 1,
        () -> OutputRoute.openCount() + " engines are open in this JVM: the common pool then prints to the process");
    run("java.util.stream.IntStream.range(0, 256).parallel().map(i -> i * 2).sum()");
    RecordingSink sink = run("java.util.stream.IntStream.range(0, 64).parallel().forEach(i -> System.out.println(\"n\" + i));");
    assertEquals(64, sink.stdout().lines().count(), sink.stdout());
  }

  @Test
  void whatIsPrintedWhenNoCellRunsGoesToTheLastCellThatRan() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch printed = new CountDownLatch(1);
    System.getProperties().put("tablebook.test.release", release);
    System.getProperties().put("tablebook.test.printed", printed);
    try {
      RecordingSink starter = run("var gates = System.getProperties();\n"
          + "new Thread(() -> { try { ((java.util.concurrent.CountDownLatch) gates.get(\"tablebook.test.release\")).await(); }"
          + " catch (InterruptedException e) { }\n"
          + "  System.out.println(\"late\"); ((java.util.concurrent.CountDownLatch) gates.get(\"tablebook.test.printed\")).countDown(); }).start();");
      release.countDown();
      assertTrue(printed.await(30, TimeUnit.SECONDS));
      RecordingSink next = run("\"next\"");
      assertEquals("late\n", starter.stdout());
      assertEquals("", next.stdout());
    } finally {
      System.getProperties().remove("tablebook.test.release");
      System.getProperties().remove("tablebook.test.printed");
    }
  }

  @Test
  void aThreadThatNoNotebookStartedNeverPrintsIntoANotebookWhileTwoAreOpen() throws Exception {
    try (Engine other = Engine.start(EngineOptions.defaults()).awaitReady()) {
      RecordingSink mine = run("\"mine\"");
      RecordingSink theirs = new RecordingSink();
      other.execute("cell 1", "\"theirs\"", theirs);
      Thread stray = new Thread(() -> System.out.println("stray"));
      stray.start();
      stray.join();
      assertFalse(mine.stdout().contains("stray"), mine.stdout());
      assertFalse(theirs.stdout().contains("stray"), theirs.stdout());
    }
  }

  @Test
  void theOutputLimitCountsBytesNotCharacters() {
    RecordingSink sink = run("System.out.print(\"é\".repeat(40_000));");
    long bytes = sink.stdout().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertTrue(bytes <= 64 * 1024, "at most the limit in bytes: " + bytes);
    assertTrue(sink.stderr().contains("[output cut"), sink.stderr());
  }

  @Test
  void aHugeValueIsCutToTheLimitWithANote() {
    RecordingSink sink = run("html(\"<p>\" + \"x\".repeat(200_000) + \"</p>\")");
    var bundle = sink.results().get(0).bundle();
    long size = bundle.data().values().stream().mapToLong(v -> v.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    assertTrue(size <= 64 * 1024 + 512, "bounded: " + size);
    assertTrue(bundle.get("text/html").isEmpty(), "the cut value is shown as text only");
    assertTrue(bundle.plainText().contains("[output cut: this cell's value is"), bundle.plainText().substring(bundle.plainText().length() - 300));
  }

  @Test
  void aValueStillShowsAfterTheCellPrintedItsWholeLimit() {
    RecordingSink sink = run("System.out.print(\"y\".repeat(100_000));\n\"shown\"");
    assertEquals("shown", sink.result());
  }
}
