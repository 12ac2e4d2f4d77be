package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import java.util.Map;

/**
 * Turns a cell's engine outputs into nbformat outputs, as Jupyter stores them: consecutive stream
 * text of one name merged, displays updated in place by id (in any cell of the notebook), and
 * {@code clear_output} honoured (with {@code wait}, when the next output arrives).
 */
final class OutputCollector implements OutputSink {
  private final ArrayNode outputs = JupyterJson.MAPPER.createArrayNode();
  private final Map<String, ObjectNode> displays;
  private final int executionCount;
  private boolean clearPending;

  OutputCollector(Map<String, ObjectNode> displays, int executionCount) {
    this.displays = displays;
    this.executionCount = executionCount;
  }

  ArrayNode outputs() {
    return outputs;
  }

  @Override
  public void accept(Output output) {
    if (output instanceof Output.ClearOutput clear) {
      if (clear.waitForNext()) {
        clearPending = true;
      } else {
        outputs.removeAll();
      }
      return;
    }
    if (output instanceof Output.UpdateDisplayData update) {
      ObjectNode shown = displays.get(update.displayId());
      if (shown != null) {
        shown.set("data", data(update.bundle()));
        shown.set("metadata", metadata(update.bundle()));
      }
      return;
    }
    if (clearPending) {
      outputs.removeAll();
      clearPending = false;
    }
    if (output instanceof Output.Stream stream) {
      appendStream(stream);
    } else if (output instanceof Output.DisplayData display) {
      ObjectNode node = bundle("display_data", display.bundle());
      displays.put(display.displayId(), node);
      outputs.add(node);
    } else if (output instanceof Output.ExecuteResult result) {
      ObjectNode node = bundle("execute_result", result.bundle());
      node.put("execution_count", executionCount);
      outputs.add(node);
    } else if (output instanceof Output.Error error) {
      ObjectNode node = JupyterJson.MAPPER.createObjectNode();
      node.put("output_type", "error");
      node.put("ename", error.ename());
      node.put("evalue", error.evalue());
      ArrayNode traceback = node.putArray("traceback");
      error.traceback().forEach(traceback::add);
      outputs.add(node);
    }
  }

  private void appendStream(Output.Stream stream) {
    JsonNode last = outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
    String text = stream.text();
    if (last != null && last.path("output_type").asText().equals("stream") && last.path("name").asText().equals(stream.name())) {
      StringBuilder joined = new StringBuilder();
      last.path("text").forEach(line -> joined.append(line.asText()));
      text = joined + text;
      outputs.remove(outputs.size() - 1);
    }
    ObjectNode node = JupyterJson.MAPPER.createObjectNode();
    node.put("output_type", "stream");
    node.put("name", stream.name());
    node.set("text", Notebook.Cell.lines(text));
    outputs.add(node);
  }

  private static ObjectNode bundle(String type, MimeBundle bundle) {
    ObjectNode node = JupyterJson.MAPPER.createObjectNode();
    node.put("output_type", type);
    node.set("data", data(bundle));
    node.set("metadata", metadata(bundle));
    return node;
  }

  /** Text types as lists of lines (as Jupyter saves them), JSON types as JSON. */
  static ObjectNode data(MimeBundle bundle) {
    ObjectNode data = JupyterJson.MAPPER.createObjectNode();
    for (Map.Entry<String, String> entry : bundle.data().entrySet()) {
      String type = entry.getKey();
      if (MimeBundle.isJson(type)) {
        try {
          data.set(type, JupyterJson.MAPPER.readTree(entry.getValue()));
          continue;
        } catch (java.io.IOException notJson) {
          // keep it as text
        }
      }
      if (type.startsWith("image/") && !type.equals("image/svg+xml")) {
        data.put(type, entry.getValue());
      } else {
        data.set(type, Notebook.Cell.lines(entry.getValue()));
      }
    }
    return data;
  }

  private static ObjectNode metadata(MimeBundle bundle) {
    JsonNode node = JupyterJson.MAPPER.valueToTree(bundle.metadata());
    return node instanceof ObjectNode object ? object : JupyterJson.MAPPER.createObjectNode();
  }
}
