package dev.tablebook.secrets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes UTF-8 text on to another stream a line at a time, each line {@link Secrets#redact redacted}. */
final class RedactingLines extends OutputStream {
  private static final int MAX_LINE = 64 * 1024;

  private final OutputStream out;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  RedactingLines(OutputStream out) {
    this.out = out;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    line.write(b);
    if (b == '\n' || line.size() >= MAX_LINE) {
      writeLine();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** Flushes what was written of whole lines; a line is held back until it is whole, so that no credential is cut in two. */
  @Override
  public synchronized void flush() throws IOException {
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      writeLine();
    } finally {
      out.close();
    }
  }

  private void writeLine() throws IOException {
    if (line.size() > 0) {
      out.write(Secrets.redact(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      line.reset();
      out.flush();
    }
  }
}
