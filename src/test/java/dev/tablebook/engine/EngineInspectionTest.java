package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a debugger front end reads between cells: the session's variables with their values, and one shown rich. */
class EngineInspectionTest extends EngineTestBase {

  @Test
  void theVariablesComeWithTypesAndLiveValues() {
    run("int inspectedCount = 3;\nString inspectedName = \"a\";\nint[] inspectedArray = {1, 2};");
    Map<String, InspectedVariable> variables = engine.inspectVariables(Duration.ofSeconds(10)).orElseThrow().stream()
        .collect(Collectors.toMap(InspectedVariable::name, v -> v));
    assertEquals("int", variables.get("inspectedCount").type());
    assertEquals(3, variables.get("inspectedCount").value());
    assertEquals("String", variables.get("inspectedName").type());
    assertTrue(variables.get("inspectedArray").value() instanceof int[]);
  }

  @Test
  void whatTheLastCellsThreadsPrintStillReachesItAfterAVariableIsRendered() throws Exception {
    RecordingSink last = new RecordingSink();
    run("var inspectedQueue = new java.util.concurrent.SynchronousQueue<String>();\n"
        + "System.getProperties().put(\"tablebook.test.queue\", inspectedQueue);\n"
        + "new Thread(() -> { try { System.out.println(inspectedQueue.take()); } catch (InterruptedException e) { } }).start();", last);
    assertTrue(engine.renderVariable("inspectedQueue", Duration.ofSeconds(10)).isPresent());
    @SuppressWarnings("unchecked")
    var queue = (java.util.concurrent.SynchronousQueue<String>) System.getProperties().get("tablebook.test.queue");
    queue.put("printed later");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!last.stdout().contains("printed later") && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    System.getProperties().remove("tablebook.test.queue");
    assertTrue(last.stdout().contains("printed later"), "the background thread's line went to its cell: " + last.stdout());
  }

  @Test
  void aVariableIsRenderedAsACellWouldShowIt() {
    run("Table inspectedTable = Table.create(\"t\", StringColumn.create(\"supplier\", \"Russia\"));");
    Optional<MimeBundle> bundle = engine.renderVariable("inspectedTable", Duration.ofSeconds(10));
    assertTrue(bundle.orElseThrow().data().get("text/html").toString().contains("Russia"));
    assertEquals(Optional.empty(), engine.renderVariable("noSuchVariable", Duration.ofSeconds(10)));
  }

  @Test
  void whileACellRunsTheQuestionIsNotAnsweredAndDoesNotWait() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    OutputSink sink = new OutputSink() {
      @Override
      public void accept(Output output) {
        started.countDown();
      }

      @Override
      public String readLine(String prompt, boolean password) {
        return "";
      }
    };
    CompletableFuture<CellResult> cell = CompletableFuture.supplyAsync(
        () -> engine.execute(Engine.cellName(1), "System.out.println(\"started\");\nThread.sleep(600_000);", sink));
    assertTrue(started.await(60, TimeUnit.SECONDS), "the cell started");
    long start = System.nanoTime();
    assertEquals(Optional.empty(), engine.inspectVariables(Duration.ofMillis(100)));
    assertEquals(Optional.empty(), engine.renderVariable("anything", Duration.ofMillis(100)));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "each waited about its 100 ms");
    engine.interrupt();
    assertEquals(CellResult.Status.INTERRUPTED, cell.get(60, TimeUnit.SECONDS).status());
    assertTrue(engine.inspectVariables(Duration.ofSeconds(10)).isPresent(), "free again");
  }
}
