package dev.tablebook.display;

import static dev.tablebook.display.ProgressFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTextTest {

  @Test
  void aRunningProgressShowsCountPercentRateElapsedAndEta() {
    assertEquals("rows: 250/1,000 (25%) · 50.0/s · 0:05 elapsed · ETA 0:15",
        ProgressText.line(state("rows", 250, 1_000, 5_000, false)));
  }

  @Test
  void aCompleteProgressSaysHowLongItTook() {
    assertEquals("1,000/1,000 (100%) · 100/s · done in 0:10", ProgressText.line(state("", 1_000, 1_000, 10_000, true)));
  }

  @Test
  void oneThatEndedShortSaysWhereItStopped() {
    assertEquals("files: 400/1,000 (40%) · 100/s · stopped after 0:04",
        ProgressText.line(state("files", 400, 1_000, 4_000, true)));
  }

  @Test
  void withoutATotalItCountsAndHasNoEta() {
    assertEquals("lines: 12,345 · 1,235/s · 0:10 elapsed", ProgressText.line(state("lines", 12_345, -1, 10_000, false)));
    assertEquals("lines: 12,345 · 1,235/s · done in 0:10", ProgressText.line(state("lines", 12_345, -1, 10_000, true)));
  }

  @Test
  void thePercentageIsNeverRoundedUpTo100BeforeTheEnd() {
    assertEquals("999/1,000 (99%) · 999/s · 0:01 elapsed · ETA 0:00", ProgressText.line(state("", 999, 1_000, 1_000, false)));
  }

  @Test
  void longRunsShowHoursAndSlowOnesShowDecimals() {
    assertEquals("1:01:01", ProgressText.duration(3_661_000_000_000L));
    assertEquals("0.04/s", ProgressText.rate(0.04));
    assertEquals("2.5/s", ProgressText.rate(2.5));
    assertEquals("12,346/s", ProgressText.rate(12_345.6));
  }

  @Test
  void nothingDoneYetHasNoRateAndNoEta() {
    assertEquals("0/10 (0%) · 0.00/s · 0:00 elapsed", ProgressText.line(state("", 0, 10, 0, false)));
  }

  @Test
  void anEmptyTotalIsAlreadyComplete() {
    assertEquals("0/0 (100%) · 0.00/s · done in 0:00", ProgressText.line(state("", 0, 0, 0, true)));
  }
}
