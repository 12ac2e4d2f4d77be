package dev.tablebook.widgets;

import dev.tablebook.comm.CommHub;
import dev.tablebook.comm.CommTargets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code jupyter.widget.control} comm target (widget protocol 2.1.0): a front end that connects
 * (or reloads the page) asks it for every open model's state with {@code request_states} and gets
 * them all in one {@code update_states}, so widgets shown before come back to life. Registered as
 * soon as a kernel starts, through {@link CommTargets}.
 *
 * @since 0.4
 */
public final class WidgetControl implements CommTargets {
  /** The comm target name. */
  public static final String TARGET = "jupyter.widget.control";

  @Override
  public void register(CommHub hub) {
    hub.register(TARGET, (comm, opening) -> comm.onMessage(message -> {
      String method = message.text("method");
      if (!method.equals("request_states")) {
        throw new IllegalArgumentException("the widget control comm got method \"" + method + "\"; it answers request_states only");
      }
      Map<String, Object> states = new LinkedHashMap<>();
      for (Widget widget : LiveWidgets.all()) {
        Map<String, Object> state = widget.state();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model_name", state.get("_model_name"));
        model.put("model_module", state.get("_model_module"));
        model.put("model_module_version", state.get("_model_module_version"));
        model.put("state", state);
        states.put(widget.id(), model);
      }
      Map<String, Object> reply = new LinkedHashMap<>();
      reply.put("method", "update_states");
      reply.put("states", states);
      reply.put("buffer_paths", List.of()); // [[model id, "state", key], ...]: these models hold no binary values
      comm.send(reply);
    }));
  }
}
