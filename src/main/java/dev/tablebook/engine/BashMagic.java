package dev.tablebook.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code %%bash}: runs the cell's body with {@code bash} (the body on its standard input, as IPython
 * does), in the notebook's working directory. What it prints reaches the cell's stdout and stderr as
 * it comes; an exit code other than 0 is the cell's error. An interrupt or the cell's time limit
 * kills bash and every process it started before the cell ends.
 */
final class BashMagic implements Magic {

  @Override
  public String name() {
    return "bash";
  }

  @Override
  public String help() {
    return "run the cell with bash in the working directory, its output shown as it comes";
  }

  @Override
  public boolean isLineMagic() {
    return false;
  }

  @Override
  public boolean isCellMagic() {
    return true;
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    if (!arguments.isBlank()) {
      throw new MagicException("%%bash takes no arguments (the cell's body is the script), not: " + arguments.strip());
    }
    Process process;
    try {
      process = new ProcessBuilder("bash").directory(context.resolve(".").toFile()).start();
    } catch (IOException e) {
      throw new MagicException("%%bash: cannot start bash (is it installed and on the PATH?): " + e.getMessage(), e);
    }
    try {
      Thread out = pump("bash-stdout", process.getInputStream(), context.stream(false));
      Thread err = pump("bash-stderr", process.getErrorStream(), context.stream(true));
      int code = context.interruptibly("bash", () -> {
        feed(process, body);
        int exit = process.waitFor();
        out.join(); // all it printed is shown before the cell ends
        err.join();
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
      ProcessTree.kill(process.toHandle());
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
