package dev.tablebook.kernel;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash2 (32-bit) of a text's UTF-8 bytes, as the Jupyter debugger protocol names a cell's file: the front end
 * hashes the cell's code with the seed the kernel gives in {@code debugInfo}, and ipykernel's {@code murmur2_x86}
 * and JupyterLab's {@code murmur2} agree with this on every text.
 */
final class Murmur2 {
  private static final int M = 0x5bd1e995;

  private Murmur2() {}

  /** The hash, as the unsigned number the file name holds. */
  static long hash(String text, int seed) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    int length = data.length;
    int h = seed ^ length;
    int rounded = length & ~3;
    for (int i = 0; i < rounded; i += 4) {
      int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
      k *= M;
      k ^= k >>> 24;
      k *= M;
      h *= M;
      h ^= k;
    }
    int tail = length & 3;
    if (tail > 0) {
      int k = 0;
      if (tail == 3) {
        k = (data[rounded + 2] & 0xff) << 16;
      }
      if (tail >= 2) {
        k |= (data[rounded + 1] & 0xff) << 8;
      }
      k |= data[rounded] & 0xff;
      h ^= k;
      h *= M;
    }
    h ^= h >>> 13;
    h *= M;
    h ^= h >>> 15;
    return Integer.toUnsignedLong(h);
  }
}
