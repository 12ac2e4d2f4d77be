package dev.tablebook.engine.output;

import dev.tablebook.display.DisplaySink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Puts streams that follow the running cell in {@code System.out}, {@code System.err} and
 * {@code System.in}: what a cell (or any thread of its notebook) prints becomes the output of the
 * cell {@link OutputRoute} names, what it reads is asked of that cell's sink. Outside notebooks they
 * behave as the original streams. {@link #install()} runs before every cell, so a cell that closed
 * or replaced a stream does not take the next cell's output with it.
 */
public final class CellStreams {
  private static PrintStream out;
  private static PrintStream err;
  private static InputStream in;
  private static PrintStream processErr;

  private CellStreams() {}

  /** The process's own standard error: what cells print never goes there (while a notebook owns the output). */
  public static synchronized PrintStream processErr() {
    return processErr != null ? processErr : System.err;
  }

  /** Makes the system streams the cell-following ones (again, if a cell replaced them). */
  public static synchronized void install() {
    if (out == null) {
      processErr = System.err;
      out = new CellPrintStream(new Routed(System.out, false));
      err = new CellPrintStream(new Routed(System.err, true));
      in = new CellInput(System.in);
      DisplaySink.route(OutputRoute::current);
      dev.tablebook.display.NotebookHost.route(() -> {
        CellContext cell = OutputRoute.current();
        return cell == null ? null : cell.runningHost();
      });
    }
    if (System.out != out) {
      System.setOut(out);
    }
    if (System.err != err) {
      System.setErr(err);
    }
    if (System.in != in) {
      System.setIn(in);
    }
  }

  /** A print stream that a cell cannot close: {@code System.out.close()} only flushes it. */
  private static final class CellPrintStream extends PrintStream {
    CellPrintStream(OutputStream routed) {
      super(routed, true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      flush();
    }
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
      DisplaySink capture = DisplaySink.capturing();
      if (capture != null) { // an Output widget capturing this thread's printing
        capture.print(error ? "stderr" : "stdout", new String(data, offset, length, StandardCharsets.UTF_8));
        return;
      }
      CellContext context = OutputRoute.current();
      if (context == null) {
        original.write(data, offset, length);
      } else {
        context.stream(error).write(data, offset, length);
      }
    }

    @Override
    public void flush() {
      CellContext context = OutputRoute.current();
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
      CellContext context = OutputRoute.current();
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
      return pendingFor == OutputRoute.current() ? pending.length - position : 0;
    }
  }
}
