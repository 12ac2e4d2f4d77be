package dev.tablebook.engine.output;

import dev.tablebook.engine.threads.EngineThreads;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Collects the bytes a cell prints on one stream and hands them on as text: at most
 * {@value #FLUSH_DELAY_MS} ms after the first unsent byte, when {@value #MAX_BUFFERED} bytes are
 * waiting, before any other output of the cell, and at once after the cell has ended. Text is never
 * cut inside a UTF-8 character; it may be cut inside a line.
 */
final class StreamBuffer {
  private static final int MAX_BUFFERED = 64 * 1024;
  private static final long FLUSH_DELAY_MS = 50;
  private static final ScheduledExecutorService FLUSHER = EngineThreads.scheduler("tablebook-output-flusher");

  private final String name;
  private final CellContext context;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private boolean flushScheduled;

  StreamBuffer(String name, CellContext context) {
    this.name = name;
    this.context = context;
  }

  void write(byte[] data, int offset, int length) {
    synchronized (context) {
      bytes.write(data, offset, length);
      if (bytes.size() >= MAX_BUFFERED || !context.isRunning()) {
        flush();
      } else if (!flushScheduled) {
        flushScheduled = true;
        FLUSHER.schedule(this::flush, FLUSH_DELAY_MS, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** This buffer as an output stream; closing it does nothing. */
  java.io.OutputStream asOutputStream() {
    return new java.io.OutputStream() {
      @Override
      public void write(int b) {
        StreamBuffer.this.write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] data, int offset, int length) {
        StreamBuffer.this.write(data, offset, length);
      }
    };
  }

  /** Sends what is buffered, keeping back only an incomplete UTF-8 character at the end. */
  void flush() {
    synchronized (context) {
      flushScheduled = false;
      if (bytes.size() == 0) {
        return;
      }
      byte[] buffered = bytes.toByteArray();
      int complete = completeLength(buffered);
      bytes.reset();
      bytes.write(buffered, complete, buffered.length - complete);
      if (complete > 0) {
        context.emitText(name, new String(buffered, 0, complete, StandardCharsets.UTF_8));
      }
    }
  }

  /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
  static int completeLength(byte[] b) {
    int n = b.length;
    for (int back = 1; back <= Math.min(3, n); back++) {
      int c = b[n - back] & 0xFF;
      if ((c & 0xC0) == 0x80) {
        continue; // a continuation byte: look further back for the lead byte
      }
      int needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      return needed > back ? n - back : n;
    }
    return n;
  }
}
