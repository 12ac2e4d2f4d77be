package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.Output;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON that a runner and its worker JVM exchange: run options one way, a failed cell the other. */
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
