package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.output.Output;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON that a runner and its worker JVM exchange: run options one way, the result the other. */
final class WorkerReports {
  private WorkerReports() {}

  static ObjectNode options(NotebookRunner.Options options) {
    ObjectNode json = JupyterJson.MAPPER.createObjectNode();
    if (options.cellTimeout() != null) {
      json.put("timeout_ms", options.cellTimeout().toMillis());
    }
    json.put("allow_errors", options.allowErrors()).put("record_timing", options.recordTiming());
    ObjectNode parameters = json.putObject("parameters");
    options.parameters().forEach(parameters::put);
    return json;
  }

  static NotebookRunner.Options options(JsonNode json) {
    Map<String, String> parameters = new LinkedHashMap<>();
    json.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asText()));
    Duration timeout = json.hasNonNull("timeout_ms") ? Duration.ofMillis(json.path("timeout_ms").asLong()) : null;
    return new NotebookRunner.Options(timeout, json.path("allow_errors").asBoolean(), parameters, json.path("record_timing").asBoolean());
  }

  /**
   * A run's result as the worker reports it. Its outcome is one a living JVM can report, never
   * {@link NotebookRunner.Outcome#DIED}: only the parent can tell that its worker died.
   */
  static ObjectNode result(NotebookRunner.Result result) throws java.io.IOException {
    ObjectNode json = JupyterJson.MAPPER.createObjectNode();
    json.set("notebook", JupyterJson.MAPPER.readTree(result.notebook().toJson()));
    json.put("outcome", result.outcome().name()).put("cells_run", result.cellsRun()).put("cells_failed", result.cellsFailed());
    result.failure().ifPresent(failure -> json.set("failure", failure(failure)));
    ArrayNode inputs = json.putArray("inputs");
    result.inputs().forEach(input -> inputs.add(input.toString()));
    return json;
  }

  /** The result a worker reported; a malformed one (or one claiming its own death) is an {@link IllegalArgumentException}. */
  static NotebookRunner.Result result(String name, JsonNode json) throws NotebookFormatException {
    NotebookRunner.Outcome outcome;
    try {
      outcome = NotebookRunner.Outcome.valueOf(json.path("outcome").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a result without a known outcome: " + json.path("outcome"), e);
    }
    if (outcome == NotebookRunner.Outcome.DIED) {
      throw new IllegalArgumentException("a worker cannot report its own death");
    }
    Notebook executed = Notebook.of(name, json.path("notebook"));
    java.util.Optional<NotebookRunner.Failure> failure = json.has("failure")
        ? java.util.Optional.of(failure(json.path("failure"))) : java.util.Optional.empty();
    List<Path> inputs = new ArrayList<>();
    json.path("inputs").forEach(input -> inputs.add(Path.of(input.asText())));
    return new NotebookRunner.Result(executed, outcome, failure, json.path("cells_run").asInt(), json.path("cells_failed").asInt(), inputs);
  }

  static ObjectNode failure(NotebookRunner.Failure failure) {
    ObjectNode json = JupyterJson.MAPPER.createObjectNode().put("cell", failure.cellNumber()).put("source", failure.source())
        .put("timed_out", failure.timedOut()).put("ename", failure.error().ename()).put("evalue", failure.error().evalue());
    ArrayNode traceback = json.putArray("traceback");
    failure.error().traceback().forEach(traceback::add);
    return json;
  }

  static NotebookRunner.Failure failure(JsonNode json) {
    List<String> traceback = new ArrayList<>();
    json.path("traceback").forEach(line -> traceback.add(line.asText()));
    return new NotebookRunner.Failure(json.path("cell").asInt(), json.path("source").asText(),
        new Output.Error(json.path("ename").asText(), json.path("evalue").asText(), traceback), json.path("timed_out").asBoolean());
  }
}
