package dev.tablebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's headless Chromium on a local page with no network and returns the DOM after the
 * page's scripts ran (virtual time, so no waiting on the clock), optionally saving a screenshot; what the
 * page wrote to its console (Content-Security-Policy violations among it) can be read afterwards.
 */
public final class HeadlessChromium {
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-logging=stderr");

  private HeadlessChromium() {}

  /** The DOM of {@code page} once its scripts have run. */
  public static String dom(Path page, Path work) throws IOException, InterruptedException {
    Path out = work.resolve(page.getFileName() + ".dom.html");
    run(page, work, out, "--dump-dom");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The console messages of the last run on {@code page}, one a line. */
  public static List<String> console(Path page, Path work) throws IOException {
    return Files.readAllLines(log(page, work), StandardCharsets.UTF_8).stream().filter(line -> line.contains(":CONSOLE")).toList();
  }

  /** Saves a PNG screenshot of {@code page} to {@code png}. */
  public static void screenshot(Path page, Path work, Path png, int width, int height) throws IOException, InterruptedException {
    run(page, work, work.resolve(page.getFileName() + ".screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height, "--hide-scrollbars");
    if (!Files.isRegularFile(png)) {
      throw new IOException("chromium wrote no screenshot " + png);
    }
  }

  private static void run(Path page, Path work, Path stdout, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("chromium"));
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + work.resolve("chromium-profile").toAbsolutePath());
    command.add("--virtual-time-budget=15000");
    command.addAll(List.of(extra));
    command.add(page.toAbsolutePath().toUri().toString());
    Path log = log(page, work);
    Process chromium = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new IOException("chromium did not finish in 120 s on " + page + "; log: " + Files.readString(log));
    }
  }

  private static Path log(Path page, Path work) {
    return work.resolve(page.getFileName() + ".chromium.log");
  }
}
