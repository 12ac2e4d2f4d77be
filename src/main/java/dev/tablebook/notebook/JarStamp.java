package dev.tablebook.notebook;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * A jar's identity for the execution cache, from its ZIP central directory: the list of its entries
 * with their names, sizes, CRC-32s and times. Reading it costs a millisecond even for a jar of
 * 30,000 entries (hashing every entry through {@code ZipFile} costs half a second in a fresh JVM);
 * with a reproducible build the same sources give the same directory on any machine. A file that
 * is not a plain ZIP (or a ZIP64 one) is stamped by its size and modification time.
 */
final class JarStamp {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END_LENGTH = 22;
  private static final int MAX_COMMENT = 0xFFFF;

  private JarStamp() {}

  static String of(Path jar) throws IOException {
    try (FileChannel channel = FileChannel.open(jar)) {
      long size = channel.size();
      int tail = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
      ByteBuffer end = read(channel, size - tail, tail);
      for (int at = tail - END_LENGTH; at >= 0; at--) {
        if (end.getInt(at) == END_SIGNATURE) {
          long length = Integer.toUnsignedLong(end.getInt(at + 12));
          long offset = Integer.toUnsignedLong(end.getInt(at + 16));
          if (length == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + length > size || length > Integer.MAX_VALUE) {
            break; // ZIP64 or not a ZIP
          }
          CRC32 crc = new CRC32();
          crc.update(read(channel, offset, (int) length));
          return "zip " + length + " " + Long.toHexString(crc.getValue());
        }
      }
    }
    return "file " + Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
  }

  private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new EOFException("the file ends before its ZIP directory does");
      }
    }
    return buffer.flip();
  }
}
