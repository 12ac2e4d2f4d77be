package dev.tablebook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.ProgressFixtures.FakeClock;
import dev.tablebook.display.ProgressFixtures.RecordingView;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final FakeClock clock = new FakeClock();
  private final RecordingView view = new RecordingView();

  private Progress progress(long total) {
    return new Progress(total, "rows", clock, view, null);
  }

  @Test
  void itShowsAtOnceWithNothingDone() {
    progress(10);
    assertEquals(1, view.shown.size());
    assertEquals(0, view.last().count());
    assertFalse(view.last().ended());
  }

  @Test
  void aMillionStepsInOneSecondSendAboutTenUpdatesAndTheFinalOne() {
    Progress p = progress(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      clock.advance(1_000); // 1 µs a step
      p.step();
    }
    p.done();
    assertTrue(view.shown.size() >= 10 && view.shown.size() <= 13, "updates: " + view.shown.size());
    assertEquals(new ProgressState("rows", 1_000_000, 1_000_000, 1_000_000_000L, true), view.last());
  }

  @Test
  void updatesComeNoCloserThanATenthOfASecond() {
    Progress p = progress(1_000);
    for (int i = 0; i < 999; i++) {
      clock.advanceMillis(7);
      p.step();
    }
    for (int i = 1; i < view.shown.size(); i++) {
      long gap = view.shown.get(i).elapsedNanos() - view.shown.get(i - 1).elapsedNanos();
      assertTrue(gap >= ProgressView.InPlace.MIN_INTERVAL, "gap " + gap + " before update " + i);
    }
  }

  @Test
  void reachingTheTotalIsShownAtOnceEvenBetweenUpdates() {
    Progress p = progress(3);
    p.step();
    p.step();
    p.step();
    assertEquals(2, view.shown.size(), "the first view, then the total reached");
    assertEquals(3, view.last().count());
  }

  @Test
  void anHourLongRunSendsAFewHundredUpdatesNotThirtySixThousand() {
    Progress p = progress(3_600_000);
    for (int i = 0; i < 3_600_000; i++) {
      clock.advanceMillis(1);
      p.step();
    }
    p.done();
    assertTrue(view.shown.size() < 500, "updates: " + view.shown.size());
    assertTrue(view.last().complete());
  }

  @Test
  void closingShortOfTheTotalShowsWhereItStopped() {
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
      try (Progress p = progress(1_000)) {
        for (int i = 0; i < 1_000; i++) {
          if (i == 400) {
            throw new RuntimeException("boom");
          }
          clock.advanceMillis(1);
          p.step();
        }
      }
    });
    assertEquals("boom", thrown.getMessage());
    ProgressState last = view.last();
    assertEquals(400, last.count());
    assertTrue(last.stopped());
    assertEquals("rows: 400/1,000 (40%) · 1,000/s · stopped after 0:00", ProgressText.line(last));
  }

  @Test
  void doneTwiceShowsTheEndOnceAndStepsAfterItShowNothing() {
    Progress p = progress(2);
    p.done();
    int shown = view.shown.size();
    p.done();
    p.step(5);
    assertEquals(shown, view.shown.size());
    assertEquals(5, p.count(), "still counted");
  }

  /** Found by review: asking for the size took a first iterator, and a DirectoryStream gives only one. */
  @Test
  void anIterableThatGivesOneIteratorIsLoopedOnce() {
    Iterable<String> once = new Iterable<>() {
      private boolean used;

      @Override
      public java.util.Iterator<String> iterator() {
        if (used) {
          throw new IllegalStateException("Iterator already obtained");
        }
        used = true;
        return List.of("a", "b").iterator();
      }
    };
    List<String> seen = new java.util.ArrayList<>();
    for (String item : Progress.over(once, "once")) {
      seen.add(item);
    }
    assertEquals(List.of("a", "b"), seen);
  }

  @Test
  void aLoopCountsEachItemWhenItsBodyFinishesAndEndsWithTheItems() {
    List<String> items = List.of("a", "b", "c");
    Progress p = progress(items.size());
    ProgressIterator<String> loop = new ProgressIterator<>(items.iterator(), p);
    assertEquals("a", loop.next());
    assertEquals(0, p.count(), "a's body has not finished");
    loop.next();
    assertEquals(1, p.count());
    loop.next();
    assertFalse(loop.hasNext());
    assertEquals(3, view.last().count());
    assertTrue(view.last().complete());
  }

  @Test
  void aStreamCountsEachItemAfterItsWorkAndEndsWhenItRunsOut() {
    Progress p = progress(-1);
    long sum = java.util.stream.StreamSupport.stream(
        new ProgressSpliterator<>(List.of(1, 2, 3, 4).spliterator(), p, true), false).mapToLong(i -> i).sum();
    assertEquals(10, sum);
    assertEquals(4, view.last().count());
    assertTrue(view.last().complete());
  }

  @Test
  void outsideANotebookItPrintsALineEveryFewSecondsAndTheLast() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ProgressView.Lines lines = new ProgressView.Lines(new PrintStream(printed, true, StandardCharsets.UTF_8));
    Progress p = new Progress(100, "files", clock, lines, null);
    for (int i = 0; i < 100; i++) {
      clock.advanceMillis(100); // 10 s in all
      p.step();
    }
    p.done();
    List<String> out = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of(
        "files: 0/100 (0%) · 0.00/s · 0:00 elapsed",
        "files: 20/100 (20%) · 10.0/s · 0:02 elapsed · ETA 0:08",
        "files: 40/100 (40%) · 10.0/s · 0:04 elapsed · ETA 0:06",
        "files: 60/100 (60%) · 10.0/s · 0:06 elapsed · ETA 0:04",
        "files: 80/100 (80%) · 10.0/s · 0:08 elapsed · ETA 0:02",
        "files: 100/100 (100%) · 10.0/s · 0:10 elapsed · ETA 0:00",
        "files: 100/100 (100%) · 10.0/s · done in 0:10"), out);
  }

  @Test
  void withATickerAStepReadsTheClockOnlyAfterATick() {
    AtomicInteger reads = new AtomicInteger();
    LongSupplier counted = () -> {
      reads.incrementAndGet();
      return clock.getAsLong();
    };
    CompletableFuture<Void> ticks = new CompletableFuture<>();
    Progress p = new Progress(1_000, "rows", counted, view, progress -> ticks);
    int atStart = reads.get();
    p.step(); // the first step may look
    for (int i = 0; i < 500; i++) {
      clock.advanceMillis(1);
      p.step();
    }
    assertEquals(atStart + 1, reads.get(), "no tick, no clock read");
    p.tick();
    p.step();
    assertEquals(atStart + 2, reads.get());
    assertEquals(502, view.last().count(), "0.5 s had passed: the tick let the update through");
    p.done();
    assertTrue(ticks.isCancelled(), "done stops the ticks");
  }

  @Test
  void aNegativeTotalIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Progress.of(-1));
  }
}
