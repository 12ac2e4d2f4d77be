package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.io.PrivateTemp;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs each notebook in a JVM of its own ({@link NotebookWorker}), started in the notebook's folder:
 * a relative path in a cell means what it means in Jupyter, and static state, system properties, a
 * closed {@code System.out}, an {@code OutOfMemoryError} or a halt belong to that notebook alone.
 * The JVM's start is hidden: {@link #prestart} starts the worker of a later notebook while one runs,
 * and it warms its engine up before its notebook arrives. A worker that dies gives the notebook a
 * banner naming the cell that was running ({@link NotebookRunner#died}); the caller goes on.
 * Each worker gets a private temp folder ({@link PrivateTemp}) as its {@code java.io.tmpdir} and
 * {@code TMPDIR}: whatever it or a library writes to temp is removed once it has ended, killed or not.
 *
 * @since 0.2
 */
public final class NotebookWorkers implements AutoCloseable {
  /** How long past a cell's time limit a worker may stay silent before it is killed (its engine stops cells itself). */
  private static final Duration GRACE = Duration.ofSeconds(60);
  private static final String EOF = new String("end of the worker's output"); // compared by identity

  private final List<String> command;
  private final Path tempBase;
  /** Where in {@link #command} the JVM options end (and the class path follows). */
  private final int optionsEnd;
  private final PrintStream strayOutput;
  private final Map<Path, Deque<WorkerProcess>> spare = new HashMap<>();
  private boolean closed;

  /**
   * Workers are started as {@code java jvmOptions -cp <this class path> NotebookWorker}; what they print
   * outside any cell goes to {@code strayOutput}.
   */
  public NotebookWorkers(List<String> jvmOptions, PrintStream strayOutput) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    this.tempBase = WorkerProcess.tempBase(jvmOptions);
    this.optionsEnd = command.size();
    command.add("-cp");
    command.add(absoluteClassPath()); // workers start in other folders
    command.add(NotebookWorker.class.getName());
    this.command = List.copyOf(command);
    this.strayOutput = strayOutput;
  }

  private static String absoluteClassPath() {
    StringJoiner entries = new StringJoiner(File.pathSeparator);
    for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
      }
    }
    return entries.toString();
  }

  /**
   * The options of this JVM that its workers should share: memory sizes, stack size, system
   * properties ({@code -D}, as {@code -Duser.home}) and module openings; not agents or debuggers.
   */
  public static List<String> inheritedJvmOptions() {
    List<String> inherited = new ArrayList<>();
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xss")
          || option.startsWith("-XX:MaxRAM") || option.startsWith("-XX:MaxMetaspaceSize") || option.startsWith("-D")
          || option.startsWith("--add-opens") || option.startsWith("--add-exports")) {
        inherited.add(option);
      }
    }
    return inherited;
  }

  /** Starts a worker in {@code folder} for a notebook that will run later (a later {@link #run} there takes it). */
  public void prestart(Path folder) {
    Path key = folder.toAbsolutePath().normalize();
    try {
      WorkerProcess worker = start(key);
      synchronized (this) {
        if (!closed) {
          spare.computeIfAbsent(key, k -> new ArrayDeque<>()).add(worker);
          return;
        }
      }
      worker.end();
    } catch (IOException e) {
      // run() starts one itself, and reports the failure then
    }
  }

  /**
   * Runs {@code notebook} (named {@code name} in messages) in a worker started in {@code folder}, as
   * {@link NotebookRunner#run} would in this JVM; progress comes as the worker reports it.
   */
  public NotebookRunner.Result run(Notebook notebook, String name, Path folder, NotebookRunner.Options options,
      NotebookRunner.Progress progress) {
    Path key = folder.toAbsolutePath().normalize();
    WorkerProcess worker;
    try {
      worker = takeSpare(key);
      if (worker == null) {
        worker = start(key);
      }
    } catch (IOException e) {
      return NotebookRunner.died(notebook, options, Map.of(), firstCodeCell(notebook), "the notebook's JVM could not start: " + e.getMessage());
    }
    try {
      return talkTo(worker.process(), notebook, name, options, progress);
    } finally {
      worker.end(); // and its temp folder goes
    }
  }

  private NotebookRunner.Result talkTo(Process process, Notebook notebook, String name, NotebookRunner.Options options,
      NotebookRunner.Progress progress) {
    Map<Integer, Notebook.Cell> finished = new HashMap<>();
    int running = firstCodeCell(notebook);
    BlockingQueue<String> lines = readLines(process, name);
    try {
      try {
        send(process, notebook, name, options);
      } catch (IOException e) {
        return NotebookRunner.died(notebook, options, finished, running, "the notebook's JVM ended before it took the notebook: "
            + death(process) + "; what it printed is above");
      }
      long patienceMs = options.cellTimeout() == null ? Long.MAX_VALUE : options.cellTimeout().plus(GRACE).toMillis();
      while (true) {
        String line = lines.poll(patienceMs, TimeUnit.MILLISECONDS);
        if (line == null) {
          process.destroyForcibly();
          return NotebookRunner.died(notebook, options, finished, running, "the notebook's JVM did not stop the cell within "
              + GRACE.toSeconds() + " s after its time limit and was killed");
        }
        if (line == EOF) {
          return NotebookRunner.died(notebook, options, finished, running, death(process));
        }
        if (!line.startsWith(NotebookWorker.MARK)) {
          strayOutput.println(name + ": " + line);
          continue;
        }
        String report = line.substring(NotebookWorker.MARK.length());
        int space = report.indexOf(' ');
        String kind = report.substring(0, space);
        JsonNode body = JupyterJson.MAPPER.readTree(report.substring(space + 1));
        switch (kind) {
          case "started" -> {
            running = body.path("cell").asInt();
            progress.cellStarted(running);
          }
          case "finished" -> {
            Notebook.Cell cell = new Notebook.Cell((ObjectNode) body.path("json"));
            finished.put(body.path("cell").asInt(), cell);
            progress.cellFinished(body.path("cell").asInt(), cell);
          }
          case "done" -> progress.cellDone(body.path("done").asInt(), body.path("total").asInt(), body.path("line").asText(),
              Duration.ofMillis(body.path("elapsed_ms").asLong()), body.path("failed").asBoolean());
          case "result" -> {
            return WorkerReports.result(name, body);
          }
          default -> strayOutput.println(name + ": an unknown report from its JVM: " + kind);
        }
      }
    } catch (IOException | NotebookFormatException | IllegalArgumentException e) {
      return NotebookRunner.died(notebook, options, finished, running, "the notebook's JVM could not be talked to: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NotebookRunner.died(notebook, options, finished, running, "the run was interrupted");
    }
  }

  private static void send(Process process, Notebook notebook, String name, NotebookRunner.Options options) throws IOException {
    ObjectNode request = JupyterJson.MAPPER.createObjectNode().put("name", name);
    request.set("notebook", JupyterJson.MAPPER.readTree(notebook.toJson()));
    request.set("options", WorkerReports.options(options));
    try (OutputStream in = process.getOutputStream()) {
      in.write((request + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The worker's output, line by line, read on a thread of its own; {@link #EOF} at its end. */
  private static BlockingQueue<String> readLines(Process process, String name) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the worker is gone: what it said is in the queue
      } finally {
        lines.add(EOF);
      }
    }, "tablebook-worker-output " + name);
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** How the worker ended, in words: its exit code, or the signal that killed it. */
  private static String death(Process process) {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (process.isAlive()) {
      return "the notebook's JVM closed its output and was killed";
    }
    int code = process.exitValue();
    return "the notebook's JVM died (" + (code > 128 ? "killed by signal " + (code - 128) : "exit code " + code) + ")";
  }

  private static int firstCodeCell(Notebook notebook) {
    List<Notebook.Cell> cells = notebook.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).type().equals("code")) {
        return i;
      }
    }
    return 0;
  }

  private WorkerProcess takeSpare(Path folder) {
    while (true) {
      WorkerProcess worker;
      synchronized (this) {
        Deque<WorkerProcess> waiting = spare.get(folder);
        worker = waiting == null ? null : waiting.poll();
      }
      if (worker == null || worker.isAlive()) {
        return worker;
      }
      worker.end(); // died while it waited: its folder goes too
    }
  }

  private WorkerProcess start(Path folder) throws IOException {
    return WorkerProcess.start(command, optionsEnd, tempBase, folder);
  }

  /** Ends the workers started ahead that no notebook took, and removes their temp folders. */
  @Override
  public void close() {
    List<WorkerProcess> left = new ArrayList<>();
    synchronized (this) {
      closed = true;
      spare.values().forEach(left::addAll);
      spare.clear();
    }
    left.forEach(worker -> worker.process().destroyForcibly()); // all at once, then each waited for
    left.forEach(WorkerProcess::end);
  }
}
