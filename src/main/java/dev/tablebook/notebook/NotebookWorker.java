package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.io.PrivateTemp;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The JVM one notebook runs in (started by {@link NotebookWorkers} in the notebook's folder): it
 * warms an {@link Engine} up at once, then reads one request on standard input — the notebook and
 * how to run it — runs it with {@link NotebookRunner}, and reports on standard output as it goes.
 * Each report is one line starting with {@link #MARK}; any other line there is stray output that the
 * parent passes on. The reports: {@code started {"cell": i}}, {@code finished {"cell": i, "json": cell}},
 * {@code done {...progress}}, and last {@code result {"notebook": ..., "outcome": ..., "failure": ...}}.
 */
public final class NotebookWorker {
  /** What starts every report line (a character no notebook output puts at the start of a line by chance). */
  static final String MARK = "\u0001tablebook ";

  private NotebookWorker() {}

  /** Runs one notebook; the working directory is the notebook's folder. */
  public static void main(String[] args) throws Exception {
    PrintStream reports = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    BufferedReader requests = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
    // A runner killed mid-run must not leave its notebook's JVM behind, even one stuck in a cell, nor its temp folder.
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
      PrivateTemp.given().ifPresent(PrivateTemp::remove);
      Runtime.getRuntime().halt(3);
    }));
    Path folder = Path.of("").toAbsolutePath();
    Engine engine = Engine.start(EngineOptions.defaults().withWorkingDirectory(folder)); // warms up while the parent decides
    String line = requests.readLine();
    if (line == null) {
      Runtime.getRuntime().halt(0); // the parent did not need this worker after all
    }
    JsonNode request = JupyterJson.MAPPER.readTree(line);
    Notebook notebook = Notebook.parse(request.path("name").asText("notebook"), request.path("notebook").toString());
    NotebookRunner.Options options = WorkerReports.options(request.path("options"));
    NotebookRunner.Result result = NotebookRunner.run(notebook, engine, options, new NotebookRunner.Progress() {
      @Override
      public void cellStarted(int index) {
        report(reports, "started", JupyterJson.MAPPER.createObjectNode().put("cell", index));
      }

      @Override
      public void cellFinished(int index, Notebook.Cell cell) {
        ObjectNode event = JupyterJson.MAPPER.createObjectNode().put("cell", index);
        event.set("json", cell.json());
        report(reports, "finished", event);
      }

      @Override
      public void cellDone(int done, int total, String firstLine, Duration elapsed, boolean failed) {
        report(reports, "done", JupyterJson.MAPPER.createObjectNode().put("done", done).put("total", total)
            .put("line", firstLine).put("elapsed_ms", elapsed.toMillis()).put("failed", failed));
      }
    });
    report(reports, "result", WorkerReports.result(result));
    reports.flush();
    Runtime.getRuntime().halt(0); // threads a cell left running must not keep this JVM alive
  }

  private static synchronized void report(PrintStream reports, String kind, JsonNode body) {
    reports.print(MARK + kind + " " + body + "\n");
    reports.flush();
  }
}
