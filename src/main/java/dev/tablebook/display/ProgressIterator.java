package dev.tablebook.display;

import java.util.Iterator;

/**
 * Counts an item as done when the loop asks for the next one (or finds there is none), so the count
 * is the items whose loop body finished; ends the progress when the items run out.
 */
final class ProgressIterator<T> implements Iterator<T> {
  private final Iterator<T> items;
  private final Progress progress;
  private boolean taken;

  ProgressIterator(Iterator<T> items, Progress progress) {
    this.items = items;
    this.progress = progress;
  }

  @Override
  public boolean hasNext() {
    boolean more = items.hasNext();
    if (!more) {
      finishTaken();
      progress.done();
    }
    return more;
  }

  @Override
  public T next() {
    finishTaken();
    T item = items.next();
    taken = true;
    return item;
  }

  @Override
  public void remove() {
    items.remove();
  }

  private void finishTaken() {
    if (taken) {
      taken = false;
      progress.step();
    }
  }
}
