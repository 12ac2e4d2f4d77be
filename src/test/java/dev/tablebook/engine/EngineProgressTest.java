package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Progress} in a cell, without an import: one display, then updates of that display only. */
class EngineProgressTest extends EngineTestBase {

  @Test
  void aLoopShowsOneDisplayAndUpdatesItToTheEnd() {
    RecordingSink sink = run("long sum = 0;\nfor (int i : Progress.over(List.of(1, 2, 3, 4, 5), \"numbers\")) { sum += i; }\nsum");
    List<Output> shown = sink.outputs.stream().filter(o -> !(o instanceof Output.ExecuteResult)).toList();
    Output.DisplayData first = (Output.DisplayData) shown.get(0);
    assertTrue(first.bundle().plainText().startsWith("numbers: 0/5 (0%)"), first.bundle().plainText());
    for (Output later : shown.subList(1, shown.size())) {
      assertEquals(first.displayId(), ((Output.UpdateDisplayData) later).displayId(), "every later output updates the first");
    }
    Output.UpdateDisplayData last = (Output.UpdateDisplayData) shown.get(shown.size() - 1);
    assertTrue(last.bundle().plainText().startsWith("numbers: 5/5 (100%) · "), last.bundle().plainText());
    assertTrue(last.bundle().plainText().contains("done in"), last.bundle().plainText());
    assertTrue(last.bundle().get("text/html").orElseThrow().contains("width:100.0%"));
    assertEquals("15", sink.result());
  }

  @Test
  void aCellThatThrowsLeavesTheBarWhereItStopped() {
    RecordingSink sink = run("try (Progress p = Progress.of(10, \"files\")) {\n"
        + "  for (int i = 0; i < 10; i++) { if (i == 4) throw new IllegalStateException(\"bad file\"); p.step(); }\n}");
    Output.UpdateDisplayData last = sink.outputs.stream().filter(Output.UpdateDisplayData.class::isInstance)
        .map(Output.UpdateDisplayData.class::cast).reduce((a, b) -> b).orElseThrow();
    assertTrue(last.bundle().plainText().startsWith("files: 4/10 (40%) · "), last.bundle().plainText());
    assertTrue(last.bundle().plainText().contains("stopped after"), last.bundle().plainText());
    assertTrue(sink.outputs.get(sink.outputs.size() - 1) instanceof Output.Error, "the cell's error comes after the bar");
  }

  @Test
  void aMillionStepsSendAHandfulOfOutputs() {
    RecordingSink sink = run("try (Progress p = Progress.of(1_000_000)) { for (int i = 0; i < 1_000_000; i++) p.step(); }");
    long displays = sink.outputs.stream().filter(Output.DisplayData.class::isInstance).count();
    assertEquals(1, displays);
    assertTrue(sink.outputs.size() < 200, "outputs: " + sink.outputs.size());
    Output last = sink.outputs.get(sink.outputs.size() - 1);
    assertTrue(((Output.UpdateDisplayData) last).bundle().plainText().startsWith("1,000,000/1,000,000 (100%)"));
  }

  @Test
  void aSortedStreamKeepsItsOrder() {
    RecordingSink sink = run("Progress.over(new TreeSet<>(List.of(3, 1, 2)).stream()).toList()");
    assertEquals("[1, 2, 3]", sink.result());
  }

  @Test
  void aStreamIsCountedToo() {
    RecordingSink sink = run("Progress.over(IntStream.range(0, 50).boxed(), \"squares\").map(i -> i * i).count()");
    Output.UpdateDisplayData last = sink.outputs.stream().filter(Output.UpdateDisplayData.class::isInstance)
        .map(Output.UpdateDisplayData.class::cast).reduce((a, b) -> b).orElseThrow();
    assertTrue(last.bundle().plainText().startsWith("squares: 50/50 (100%)"), last.bundle().plainText());
    assertEquals("50", sink.result());
  }
}
