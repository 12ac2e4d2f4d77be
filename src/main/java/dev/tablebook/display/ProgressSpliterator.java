package dev.tablebook.display;

import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * Counts each item after the stream's downstream work on it; the spliterator a stream started from
 * ends the progress when it runs out, unless it was split for a parallel stream (then a sized stream
 * ends when the count reaches its total).
 */
final class ProgressSpliterator<T> implements Spliterator<T> {
  private final Spliterator<T> items;
  private final Progress progress;
  private boolean endsProgress;

  ProgressSpliterator(Spliterator<T> items, Progress progress, boolean endsProgress) {
    this.items = items;
    this.progress = progress;
    this.endsProgress = endsProgress;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    boolean advanced = items.tryAdvance(item -> {
      action.accept(item);
      progress.step();
    });
    if (!advanced) {
      end();
    }
    return advanced;
  }

  @Override
  public void forEachRemaining(Consumer<? super T> action) {
    items.forEachRemaining(item -> {
      action.accept(item);
      progress.step();
    });
    end();
  }

  @Override
  public Spliterator<T> trySplit() {
    Spliterator<T> part = items.trySplit();
    if (part == null) {
      return null;
    }
    endsProgress = false;
    return new ProgressSpliterator<>(part, progress, false);
  }

  @Override
  public long estimateSize() {
    return items.estimateSize();
  }

  /** Not sized, so that {@code count()} walks the items (and the bar ends) instead of skipping the work. */
  @Override
  public int characteristics() {
    return items.characteristics() & ~(SIZED | SUBSIZED);
  }

  @Override
  public java.util.Comparator<? super T> getComparator() {
    return items.getComparator();
  }

  private void end() {
    if (endsProgress) {
      progress.done();
    }
  }
}
