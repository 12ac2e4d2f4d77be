package dev.tablebook.engine.magic;

import dev.tablebook.engine.threads.EngineThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * {@code %%bash}: runs the cell's body with {@code bash} (the body on its standard input, as IPython
 * does), in the notebook's working directory. What it prints reaches the cell's stdout and stderr as
 * it comes; an exit code other than 0 is the cell's error. bash runs in a session (and process group)
 * of its own, and when the cell ends (normally, by an error, an interrupt or the time limit) bash and
 * every process of that group are killed, so a background job does not outlive the cell. Once bash
 * has exited the cell waits at most {@value #DRAIN_MS} ms for the rest of its output.
 */
final class BashMagic implements CellMagic {
  private static final long DRAIN_MS = 1000;

  @Override
  public String name() {
    return "bash";
  }

  @Override
  public String help() {
    return "run the cell with bash in the working directory, its output shown as it comes";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    CellMagic.noArguments("bash", arguments, "the cell's body is the script");
    Process process;
    try {
      // setsid (util-linux) makes bash the leader of a new session and process group: it forks only when
      // it already leads a group, which a child of the JVM does not, so bash's pid is the group's id
      process = new ProcessBuilder("setsid", "bash").directory(context.resolve(".").toFile()).start();
    } catch (IOException e) {
      throw new MagicException("%%bash: cannot start bash (is it installed and on the PATH?): " + e.getMessage(), e);
    }
    try {
      Thread out = pump("bash-stdout", process.getInputStream(), context.stream(false));
      Thread err = pump("bash-stderr", process.getErrorStream(), context.stream(true));
      int code = context.interruptibly("bash", () -> {
        feed(process, body);
        int exit = process.waitFor();
        // what it printed is shown; a background job that keeps the pipes open does not hold the cell
        long drainUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MS);
        for (Thread pump : new Thread[] {out, err}) {
          long left = drainUntil - System.nanoTime();
          if (left > 0) {
            TimeUnit.NANOSECONDS.timedJoin(pump, left);
          }
        }
        return exit;
      });
      if (code != 0) {
        throw new MagicException("%%bash: bash exited with code " + code);
      }
      return true;
    } catch (MagicException e) {
      throw e;
    } catch (Exception e) {
      throw new MagicException("%%bash failed: " + e, e);
    } finally {
      ProcessTree.kill(process.toHandle()); // while bash lives, its children die first, for it to reap them
      ProcessTree.killGroup(process.pid()); // then whatever of its group is left, reparented or not
      closeQuietly(process.getInputStream());
      closeQuietly(process.getErrorStream());
    }
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // closing is only to let the pumps end
    }
  }

  private static void feed(Process process, String body) {
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(body.getBytes(StandardCharsets.UTF_8));
      stdin.write('\n');
    } catch (IOException e) {
      // bash ended before it read the whole script (an exit on its first line): its exit code says how it went
    }
  }

  private static Thread pump(String name, InputStream from, OutputStream to) {
    Thread thread = EngineThreads.daemon("tablebook-" + name, () -> {
      byte[] buffer = new byte[8192];
      try (from) {
        for (int n; (n = from.read(buffer)) >= 0; ) {
          to.write(buffer, 0, n);
        }
      } catch (IOException e) {
        // the process was killed: its pipe closed
      }
    });
    thread.start();
    return thread;
  }
}
