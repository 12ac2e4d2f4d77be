package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Engine#warmUpEditing()}: it leaves the session as it was and never holds a request up. */
class EditingWarmUpTest {
  private final Engine engine = Engine.start(EngineOptions.defaults()).awaitReady();

  @AfterEach
  void close() {
    engine.close();
  }

  private List<String> snippets() {
    return engine.session().jshell.snippets().map(Snippet::source).toList();
  }

  @Test
  void addsNoSnippetVariableOrImport() throws Exception {
    engine.execute(Engine.cellName(1), "int before = 1;", output -> { });
    List<String> snippets = snippets();
    List<String> pending = engine.session().pendingImportNames("");
    engine.warmUpEditing().get(120, TimeUnit.SECONDS);
    assertEquals(snippets, snippets(), "nothing evaluated in the session");
    assertEquals(pending, engine.session().pendingImportNames(""), "no first-use import evaluated");
    RecordingSink vars = new RecordingSink();
    engine.execute(Engine.cellName(2), "%vars", vars);
    assertTrue(vars.outputs.toString().contains("before"), vars.outputs.toString());
    assertFalse(vars.outputs.toString().contains("tech.tablesaw"), vars.outputs.toString());
  }

  @Test
  void anExecuteDuringTheWarmUpRunsWhileTheWarmUpIsHeld() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    engine.afterWarmUpStep = () -> {
      if (first.getAndSet(false)) {
        held.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    CompletableFuture<Void> warmUp = engine.warmUpEditing();
    assertTrue(held.await(120, TimeUnit.SECONDS), "the warm-up ran a step");
    // The warm-up is stopped in the middle; a cell and a completion must not wait for it to go on.
    CompletableFuture<CellResult> cell = CompletableFuture.supplyAsync(() -> engine.execute(Engine.cellName(1), "6 * 7", output -> { }));
    assertTrue(cell.get(120, TimeUnit.SECONDS).ok());
    assertTrue(CompletableFuture.supplyAsync(() -> engine.complete("Math.ma", 7)).get(120, TimeUnit.SECONDS).matches().contains("max("));
    assertFalse(warmUp.isDone(), "the warm-up was still held while they ran");
    release.countDown();
    warmUp.get(120, TimeUnit.SECONDS);
    assertTrue(engine.warmUpEditing() == warmUp, "once per engine");
  }

  @Test
  void completionOffersFirstUseImportsWithoutEvaluatingThem() {
    List<String> snippets = snippets();
    EditingHelp.Completion completion = engine.complete("ScatterP", 8);
    assertTrue(completion.matches().contains("ScatterPlot"), completion.matches().toString());
    assertEquals(0, completion.start());
    assertEquals(snippets, snippets(), "no import evaluated for it");
    assertFalse(engine.complete("var n = 1;\nn.ScatterP", 20).matches().contains("ScatterPlot"), "not as a member");
    assertTrue(engine.complete("ScatterPlot.cre", 15).matches().contains("create("), "a type the code names is imported for it");
  }
}
