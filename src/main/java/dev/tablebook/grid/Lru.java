package dev.tablebook.grid;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the {@code capacity} most recently used entries and forgets older ones. Not thread-safe. */
final class Lru<K, V> extends LinkedHashMap<K, V> {
  private static final long serialVersionUID = 1L;

  private final int capacity;

  Lru(int capacity) {
    super(16, 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > capacity;
  }
}
