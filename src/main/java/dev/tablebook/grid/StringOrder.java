package dev.tablebook.grid;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Orders strings as {@link String#compareTo} does, stably, without comparing most of them: a radix sort
 * ({@link RadixSort}) by their first four chars, then by the next four within each group that shares
 * them, and so on; small groups are merge-sorted, and a group of equal strings is left as it is. Sorting
 * 10 M strings by comparisons took 10-17 s here; most of that is cache misses, which the radix passes
 * over plain arrays avoid.
 */
final class StringOrder {
  /** Groups this small are merge-sorted. */
  private static final int SMALL = 64;
  private static final int CHARS = 4;

  private StringOrder() {}

  /** The indices of {@code values} (none null) in ascending or descending order; equal values keep index order. */
  static int[] of(String[] values, boolean ascending) {
    int[] order = new int[values.length];
    Arrays.setAll(order, i -> i);
    IntComparator byValue = ascending ? (a, b) -> values[a].compareTo(values[b]) : (a, b) -> values[b].compareTo(values[a]);
    Merger merger = new Merger(order, byValue);
    Deque<int[]> groups = new ArrayDeque<>();
    if (values.length <= SMALL) {
      merger.sort(0, values.length);
      return order;
    }
    sortByFirstChars(values, order, ascending, groups, merger);
    while (!groups.isEmpty()) {
      int[] group = groups.pop();
      int from = group[0];
      int to = group[1];
      int depth = group[2];
      if (to - from <= SMALL) {
        merger.sort(from, to);
      } else if (!allEqual(values, order, from, to)) {
        sortByChars(values, order, from, to, depth, ascending);
        pushGroups(values, order, from, to, depth, ascending, groups, merger);
      }
    }
    return order;
  }

  /**
   * Sorts all the values by their first eight chars after the prefix they all share, reading them in
   * index order (the order they were made in, so mostly in memory order): two radix sorts, by the
   * second four chars and then by the first four. Pushes the groups left to order further.
   */
  private static void sortByFirstChars(String[] values, int[] order, boolean ascending, Deque<int[]> groups,
      Merger merger) {
    int shared = sharedPrefix(values);
    long[] first = new long[values.length];
    long[] second = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      first[i] = key(values[i], shared, ascending);
      second[i] = key(values[i], shared + CHARS, ascending);
    }
    int[] bySecond = RadixSort.sort(second.clone(), done -> {});
    long[] firstBySecond = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      firstBySecond[i] = first[bySecond[i]];
    }
    int[] byFirst = RadixSort.sort(firstBySecond, done -> {});
    for (int i = 0; i < values.length; i++) {
      order[i] = bySecond[byFirst[i]];
    }
    int start = 0;
    for (int i = 1; i <= values.length; i++) {
      if (i < values.length && first[order[i]] == first[order[start]] && second[order[i]] == second[order[start]]) {
        continue;
      }
      pushGroup(values, order, start, i, shared + CHARS, groups, merger);
      start = i;
    }
  }

  /** The length of the prefix every value starts with. */
  private static int sharedPrefix(String[] values) {
    String first = values[0];
    int shared = first.length();
    for (String value : values) {
      int i = 0;
      int max = Math.min(shared, value.length());
      while (i < max && value.charAt(i) == first.charAt(i)) {
        i++;
      }
      shared = i;
      if (shared == 0) {
        break;
      }
    }
    return shared;
  }

  private static void sortByChars(String[] values, int[] order, int from, int to, int depth, boolean ascending) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = key(values[order[i]], depth, ascending);
    }
    int[] moved = RadixSort.sort(keys, done -> {});
    int[] group = Arrays.copyOfRange(order, from, to);
    for (int i = 0; i < moved.length; i++) {
      order[from + i] = group[moved[i]];
    }
  }

  /** Pushes each run of values that share the chars at {@code depth} and may differ after them. */
  private static void pushGroups(String[] values, int[] order, int from, int to, int depth, boolean ascending,
      Deque<int[]> groups, Merger merger) {
    int start = from;
    long startKey = key(values[order[from]], depth, ascending);
    for (int i = from + 1; i <= to; i++) {
      long key = i < to ? key(values[order[i]], depth, ascending) : 0;
      if (i < to && key == startKey) {
        continue;
      }
      pushGroup(values, order, start, i, depth, groups, merger);
      start = i;
      startKey = key;
    }
  }

  /**
   * Pushes the run {@code [from, to)}, whose values share their chars up to {@code depth + CHARS}, to be
   * ordered by the chars after; a run whose values all end within those is finished here.
   */
  private static void pushGroup(String[] values, int[] order, int from, int to, int depth, Deque<int[]> groups,
      Merger merger) {
    if (to - from < 2) {
      return;
    } else if (longest(values, order, from, to) > depth + CHARS) {
      groups.push(new int[] {from, to, depth + CHARS});
    } else {
      // Every value ends within these chars: only a shorter one and one padded with '\0' can still differ.
      merger.sort(from, to);
    }
  }

  /**
   * Merge-sorts runs of the order by value (stable). fastutil's {@code mergeSort} without a support
   * array copies the whole array at every call, which made 100,000 small runs of 10 M values take minutes.
   */
  private static final class Merger {
    private final int[] order;
    private final IntComparator byValue;
    private int[] support;

    Merger(int[] order, IntComparator byValue) {
      this.order = order;
      this.byValue = byValue;
    }

    void sort(int from, int to) {
      if (support == null) {
        support = new int[order.length];
      }
      System.arraycopy(order, from, support, from, to - from);
      IntArrays.mergeSort(order, from, to, byValue, support);
    }
  }

  /** Four chars from {@code depth} (0 past the end) as a long in their order, reversed for descending. */
  private static long key(String value, int depth, boolean ascending) {
    long key = 0;
    for (int c = depth; c < depth + CHARS; c++) {
      key = key << 16 | (c < value.length() ? value.charAt(c) : 0);
    }
    key ^= Long.MIN_VALUE;
    return ascending ? key : ~key;
  }

  private static boolean allEqual(String[] values, int[] order, int from, int to) {
    String first = values[order[from]];
    for (int i = from + 1; i < to; i++) {
      if (!values[order[i]].equals(first)) {
        return false;
      }
    }
    return true;
  }

  private static int longest(String[] values, int[] order, int from, int to) {
    int longest = 0;
    for (int i = from; i < to; i++) {
      longest = Math.max(longest, values[order[i]].length());
    }
    return longest;
  }
}
