package dev.tablebook.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints a local HTML page to a PDF with a headless Chromium or Chrome, as nbconvert's {@code webpdf} does:
 * the page's scripts run (charts are drawn; the page's own policy keeps it offline), its {@code @page} rules
 * give the paper, margins and page numbers, and its headings become the PDF's outline (bookmarks). Each print
 * has a fresh, private browser profile, removed afterwards, and the PDF is written whole or not at all. The
 * browser's sandbox stays on, except for root, for whom Chromium refuses to start with it.
 *
 * @since 0.6
 */
public final class ChromiumPrinter {
  /** The environment variable that names the browser to print with, when it is not on the {@code PATH}. */
  public static final String ENVIRONMENT = "TABLEBOOK_CHROMIUM";
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
  private static final List<String> FLAGS = List.of("--headless", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
      "--no-pdf-header-footer", "--generate-pdf-document-outline");
  /** Virtual time the page may take to load and draw (no wall-clock wait: Chromium runs it as fast as it can). */
  private static final int PAGE_BUDGET_MS = 20_000;

  private final Path browser;
  private final Duration limit;

  private ChromiumPrinter(Path browser, Duration limit) {
    this.browser = browser;
    this.limit = limit;
  }

  /**
   * The browser named by {@value #ENVIRONMENT}, or else the first of {@code chromium}, {@code chromium-browser},
   * {@code google-chrome}, {@code google-chrome-stable} and {@code chrome} on the {@code PATH}.
   *
   * @throws IllegalStateException saying how to get one, when there is none
   */
  public static ChromiumPrinter find() {
    return locate(System.getenv(ENVIRONMENT), System.getenv("PATH"))
        .map(browser -> new ChromiumPrinter(browser, Duration.ofMinutes(2)))
        .orElseThrow(() -> new IllegalStateException(missing(System.getenv(ENVIRONMENT))));
  }

  /** The browser {@code configured} names (when not blank), or else the first of the known names in {@code path}. */
  static Optional<Path> locate(String configured, String path) {
    if (configured != null && !configured.isBlank()) {
      Path named = Path.of(configured);
      return Files.isExecutable(named) && !Files.isDirectory(named) ? Optional.of(named) : Optional.empty();
    }
    for (String name : NAMES) {
      for (String folder : (path == null ? "" : path).split(File.pathSeparator)) {
        Path candidate = folder.isEmpty() ? null : Path.of(folder, name);
        if (candidate != null && Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static String missing(String configured) {
    if (configured != null && !configured.isBlank()) {
      return ENVIRONMENT + " names " + configured + ", which is not a program that can run";
    }
    return "printing to PDF needs a headless Chromium or Chrome, and none is on the PATH (looked for "
        + String.join(", ", NAMES) + "): install one (Debian: apt-get install chromium) or name it in " + ENVIRONMENT;
  }

  /** The browser this prints with. */
  public Path browser() {
    return browser;
  }

  /**
   * Prints {@code html} to {@code pdf}, laid out in a window {@code width} CSS pixels wide (the page's content
   * width, so that what scripts draw fits the paper).
   *
   * @throws IOException saying why, with the browser's last words, when no PDF came of it
   */
  public void print(Path html, Path pdf, int width) throws IOException {
    Path work = PrivateTemp.create(Path.of(System.getProperty("java.io.tmpdir")), ProcessHandle.current().pid());
    try {
      Path printed = work.resolve("printed.pdf");
      Path log = work.resolve("chromium.log");
      List<String> command = new ArrayList<>();
      command.add(browser.toString());
      command.addAll(FLAGS);
      if ("root".equals(System.getProperty("user.name"))) {
        command.add("--no-sandbox");
      }
      command.add("--user-data-dir=" + work.resolve("profile"));
      command.add("--window-size=" + width + ",1000");
      command.add("--virtual-time-budget=" + PAGE_BUDGET_MS);
      command.add("--print-to-pdf=" + printed);
      command.add(html.toAbsolutePath().toUri().toString());
      run(command, log);
      if (!startsAsPdf(printed)) {
        throw new IOException(browser.getFileName() + " printed no PDF" + lastWords(log));
      }
      try (InputStream in = Files.newInputStream(printed)) {
        AtomicFiles.copy(in, pdf, true);
      }
    } finally {
      PrivateTemp.remove(work);
    }
  }

  private void run(List<String> command, Path log) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        throw new IOException(browser.getFileName() + " did not finish printing in " + limit.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("printing was interrupted", e);
    } finally {
      stop(process);
    }
  }

  /** Ends the browser and every process it started (a crash handler outlives it), and waits for them a little. */
  private static void stop(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // gone or stuck: its files go with the folder's removal, or with the next sweep of private folders
      }
    }
  }

  private static boolean startsAsPdf(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(5), StandardCharsets.ISO_8859_1).equals("%PDF-");
    }
  }

  /** The end of the browser's log, without its usual noise about a desktop bus that headless runs lack. */
  private static String lastWords(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      return "";
    }
    List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isBlank() && !line.contains("dbus") && !line.contains("DBus")).toList();
    List<String> last = lines.subList(Math.max(0, lines.size() - 3), lines.size());
    return last.isEmpty() ? "" : ": " + String.join(" | ", last);
  }
}
