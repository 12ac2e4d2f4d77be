package dev.tablebook.cli;

import static dev.tablebook.cli.BrowserReport.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks of the scratch notebook that the classic Notebook's and JupyterLab's browser tests make alike: each
 * test class says where its report's scratch steps are.
 */
interface ScratchChecks {
  /** What the scratch notebook's {@code step} saw (see {@link BrowserReport#scratch}). */
  JsonNode scratchStep(String step);

  @Test
  default void theInterruptButtonStopsATightLoopAndTheNextCellAnswers() {
    JsonNode interrupt = scratchStep("interrupt");
    assertTrue(interrupt.path("loopShown").asText().contains("interrupted"), interrupt.toString());
    assertTrue(interrupt.path("nextShown").asText().contains("42"), interrupt.toString());
  }

  @Test
  default void tabCompletesAVariableName() {
    JsonNode completion = scratchStep("completion");
    assertTrue(completion.path("text").asText().equals("myVariable")
        || strings(completion.path("listed")).contains("myVariable"), completion.toString());
  }

  @Test
  default void plotShowDrawsItsFigureInTheCellEachTimeItIsCalled() {
    JsonNode shown = scratchStep("plotShow");
    assertEquals(2, shown.path("drawn").asInt(), shown.toString());
    assertEquals(List.of("Shown inline", "Shown inline"), strings(shown.path("titles")), "the titles plotly.js drew");
    assertFalse(shown.path("text").asBoolean(), "the words standing in for the figures are gone once they are drawn");
  }
}
