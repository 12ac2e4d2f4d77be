package dev.tablebook.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces {@code System.out}, {@code System.err} and {@code System.in} once per JVM with streams
 * that follow the running cell: what a cell (or a thread it started) prints becomes its output,
 * what it reads is asked of its sink. Outside cells they behave as the original streams.
 */
final class CellStreams {
  private static boolean installed;

  private CellStreams() {}

  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    PrintStream out = System.out;
    PrintStream err = System.err;
    System.setOut(new PrintStream(new Routed(out, false), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Routed(err, true), true, StandardCharsets.UTF_8));
    System.setIn(new CellInput(System.in));
  }

  /** Writes to the current cell's buffer, or to the original stream outside cells. */
  private static final class Routed extends OutputStream {
    private final PrintStream original;
    private final boolean error;

    Routed(PrintStream original, boolean error) {
      this.original = original;
      this.error = error;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) {
      CellContext context = CellContext.current();
      if (context == null) {
        original.write(data, offset, length);
      } else {
        context.stream(error).write(data, offset, length);
      }
    }

    @Override
    public void flush() {
      CellContext context = CellContext.current();
      if (context == null) {
        original.flush();
      }
    }
  }

  /** Reads lines from the current cell's sink (a Jupyter input_request), or the original stdin. */
  private static final class CellInput extends InputStream {
    private final InputStream original;
    private byte[] pending = new byte[0];
    private int position;
    private CellContext pendingFor;

    CellInput(InputStream original) {
      this.original = original;
    }

    @Override
    public synchronized int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
      CellContext context = CellContext.current();
      if (context == null) {
        return original.read(buffer, offset, length);
      }
      if (pendingFor != context || position >= pending.length) {
        // An unchecked exception, not an IOException: Scanner would turn that into "No line found".
        String line = context.readLine("", false);
        if (line == null) {
          return -1;
        }
        pending = (line + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        pendingFor = context;
      }
      int n = Math.min(length, pending.length - position);
      System.arraycopy(pending, position, buffer, offset, n);
      position += n;
      return n;
    }

    @Override
    public synchronized int available() {
      return pendingFor == CellContext.current() ? pending.length - position : 0;
    }
  }
}
