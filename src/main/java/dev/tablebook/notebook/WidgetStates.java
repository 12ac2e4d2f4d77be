package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.comm.CommMessage;
import dev.tablebook.comm.CommTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The headless runner's end of comms: it keeps the last state of every widget model a notebook opens
 * (from its {@code comm_open} and later {@code update}s, until a {@code comm_close}) and writes them
 * into the notebook's metadata as {@code application/vnd.jupyter.widget-state+json}, as JupyterLab's
 * "save widget state" does, so front ends and the report show each widget as the run left it. Model
 * ids are counted, not random, so a notebook run twice is saved the same.
 */
final class WidgetStates implements CommTransport {
  static final String MIME = "application/vnd.jupyter.widget-state+json";
  private static final String TARGET = "jupyter.widget";

  private final Map<String, Map<String, Object>> models = new LinkedHashMap<>();
  private final Map<String, List<Map<String, Object>>> buffers = new LinkedHashMap<>();
  private int opened;

  @Override
  public synchronized String newId() {
    return UUID.nameUUIDFromBytes(("tablebook widget " + ++opened).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
  }

  @Override
  public synchronized void open(String commId, String targetName, CommMessage message) {
    if (targetName.equals(TARGET) && message.data().get("state") instanceof Map<?, ?>) {
      models.put(commId, new LinkedHashMap<>(message.object("state")));
      update(commId, message);
    }
  }

  @Override
  public synchronized void send(String commId, CommMessage message) {
    String method = message.text("method");
    if (models.containsKey(commId) && (method.equals("update") || method.equals("echo_update"))) {
      models.get(commId).putAll(message.object("state"));
      update(commId, message);
    }
  }

  @Override
  public synchronized void close(String commId, CommMessage message) {
    models.remove(commId);
    buffers.remove(commId);
  }

  /** Keeps the binary values of {@code message} (at its {@code buffer_paths}) as base64, as the saved state holds them. */
  private void update(String commId, CommMessage message) {
    if (!(message.data().get("buffer_paths") instanceof List<?> paths)) {
      return;
    }
    for (int i = 0; i < paths.size() && i < message.buffers().size(); i++) {
      Map<String, Object> buffer = new LinkedHashMap<>();
      buffer.put("path", paths.get(i));
      buffer.put("data", Base64.getEncoder().encodeToString(message.buffers().get(i)));
      buffer.put("encoding", "base64");
      List<Map<String, Object>> kept = buffers.computeIfAbsent(commId, id -> new ArrayList<>());
      kept.removeIf(old -> old.get("path").equals(buffer.get("path")));
      kept.add(buffer);
    }
  }

  /** Writes the saved widget state into {@code metadata} (or removes an old one when no widget is open). */
  synchronized void writeInto(ObjectNode metadata) {
    if (models.isEmpty()) {
      if (metadata.path("widgets").isObject()) {
        ((ObjectNode) metadata.get("widgets")).remove(MIME);
        if (metadata.get("widgets").isEmpty()) {
          metadata.remove("widgets");
        }
      }
      return;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    models.forEach((id, model) -> {
      Map<String, Object> saved = new LinkedHashMap<>();
      saved.put("model_name", model.get("_model_name"));
      saved.put("model_module", model.get("_model_module"));
      saved.put("model_module_version", model.get("_model_module_version"));
      saved.put("state", model);
      if (buffers.containsKey(id)) {
        saved.put("buffers", buffers.get(id));
      }
      state.put(id, saved);
    });
    Map<String, Object> widgets = new LinkedHashMap<>();
    widgets.put("version_major", 2);
    widgets.put("version_minor", 0);
    widgets.put("state", state);
    ObjectNode all = metadata.path("widgets").isObject() ? (ObjectNode) metadata.get("widgets") : metadata.putObject("widgets");
    all.set(MIME, JupyterJson.MAPPER.valueToTree(widgets));
  }
}
