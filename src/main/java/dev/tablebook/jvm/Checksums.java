package dev.tablebook.jvm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/** CRC-32C of whole archives, remembered per file and stamp so that one process reads each archive once. */
final class Checksums {
  private static final Map<String, String> CHECKED = new ConcurrentHashMap<>();

  private Checksums() {}

  /** The checksum of {@code file}, as hex. */
  static String of(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
      }
    }
    return Long.toHexString(crc.getValue());
  }

  /** Whether {@code file}, whose stamp is {@code stamp}, has the checksum {@code expected}. */
  static boolean matches(Path file, String stamp, String expected) throws IOException {
    String key = file.toAbsolutePath() + " " + stamp;
    String actual = CHECKED.get(key);
    if (actual == null) {
      actual = of(file);
      CHECKED.put(key, actual);
    }
    return actual.equals(expected);
  }
}
