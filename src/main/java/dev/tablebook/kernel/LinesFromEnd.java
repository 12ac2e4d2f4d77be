package dev.tablebook.kernel;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file's lines from the last to the first, a block at a time, so that a reader that needs
 * only the end of a long file reads only the end. Lines are decoded leniently: bytes cut in the middle
 * of a character by a crash become U+FFFD, not an error.
 */
final class LinesFromEnd implements Closeable {
  private static final int BLOCK = 64 * 1024;

  private final FileChannel channel;
  private long position;
  /** {@code pending[0, end)}: the bytes between {@link #position} and the end of the next line to return. */
  private byte[] pending = new byte[0];
  private int end;
  private boolean done;

  LinesFromEnd(Path file) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.position = channel.size();
  }

  /** The line before the last one returned (the text after the final newline first), or null at the start. */
  String previous() throws IOException {
    while (true) {
      for (int i = end - 1; i >= 0; i--) {
        if (pending[i] == '\n') {
          String line = new String(pending, i + 1, end - i - 1, StandardCharsets.UTF_8);
          end = i;
          return line;
        }
      }
      if (position == 0) {
        if (done) {
          return null;
        }
        done = true;
        return new String(pending, 0, end, StandardCharsets.UTF_8);
      }
      readBlock();
    }
  }

  /** Puts the block before {@link #position} in front of the pending bytes; blocks grow with a long line, so it costs linear time. */
  private void readBlock() throws IOException {
    int size = (int) Math.min(position, Math.max(BLOCK, Math.min(end, Integer.MAX_VALUE / 2)));
    ByteBuffer block = ByteBuffer.allocate(size + end);
    long from = position - size;
    block.limit(size);
    while (block.hasRemaining()) {
      if (channel.read(block, from + block.position()) < 0) {
        throw new IOException("the file shrank while it was read");
      }
    }
    block.limit(block.capacity());
    block.put(pending, 0, end);
    pending = block.array();
    end = pending.length;
    position = from;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
