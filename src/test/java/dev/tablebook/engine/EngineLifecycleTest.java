package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EngineLifecycleTest extends EngineTestBase {

  /** Runs {@code code} (which must print "started" first) and interrupts it once that arrives. */
  private static long[] runAndInterrupt(String code, RecordingSink results) {
    AtomicLong interruptedAt = new AtomicLong();
    OutputSink sink = output -> {
      results.accept(output);
      if (output instanceof Output.Stream s && s.text().contains("started") && interruptedAt.get() == 0) {
        interruptedAt.set(System.nanoTime());
        new Thread(engine::interrupt).start();
      }
    };
    CellResult result = engine.execute("cell 1", code, sink);
    assertEquals(CellResult.Status.INTERRUPTED, result.status(), results.outputs.toString());
    return new long[] {interruptedAt.get(), System.nanoTime()};
  }

  /** Whether the thread the interrupted cell ran on (kept by the cell in {@code cellThread}) is still alive. */
  private static String cellThreadAlive() {
    return run("cellThread.isAlive()").result();
  }

  @Test
  void anInterruptStopsATightLoopQuicklyAndKeepsVariables() {
    run("int before = 5;");
    RecordingSink sink = new RecordingSink();
    long[] times = runAndInterrupt("var cellThread = Thread.currentThread(); System.out.println(\"started\");\nlong spins = 0;\nwhile (true) { spins++; }", sink);
    long millis = (times[1] - times[0]) / 1_000_000;
    assertTrue(millis < 2000, "stopped after " + millis + " ms");
    assertEquals("InterruptedException", sink.error().ename());
    assertEquals("false", cellThreadAlive(), "the spinning thread has ended");
    assertEquals("5", run("before").result());
  }

  @Test
  void anInterruptStopsASleep() {
    RecordingSink sink = new RecordingSink();
    long[] times = runAndInterrupt("var cellThread = Thread.currentThread(); System.out.println(\"started\");\nThread.sleep(600_000);", sink);
    assertTrue((times[1] - times[0]) / 1_000_000 < 2000);
    assertEquals("false", cellThreadAlive());
  }

  @Test
  void anInterruptStopsALoopThatSwallowsInterrupts() {
    RecordingSink sink = new RecordingSink();
    long[] times = runAndInterrupt("var cellThread = Thread.currentThread(); System.out.println(\"started\");\n"
        + "while (true) { try { Thread.sleep(5); } catch (InterruptedException ignored) { } }", sink);
    assertTrue((times[1] - times[0]) / 1_000_000 < 2000);
    assertEquals("false", cellThreadAlive());
  }

  @Test
  void interruptWithNothingRunningDoesNothing() {
    engine.interrupt();
    assertEquals("2", run("1 + 1").result());
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void aTimeoutStartsWhenTheCellDoesEvenOnAColdEngine() {
    try (Engine cold = Engine.start(EngineOptions.defaults())) {
      RecordingSink sink = new RecordingSink();
      CellResult result = cold.execute("cell 1", "while (true) { }", sink, java.time.Duration.ofMillis(500));
      assertEquals(CellResult.Status.TIMED_OUT, result.status());
      assertEquals("TimeoutError", sink.error().ename());
      RecordingSink after = new RecordingSink();
      cold.execute("cell 2", "\"still here\"", after);
      assertEquals("still here", after.result());
    }
  }
}
