package dev.tablebook.kernel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.comm.CommHub;
import dev.tablebook.comm.CommMessage;
import dev.tablebook.comm.CommTransport;
import dev.tablebook.engine.CellResult;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.output.OutputSink;
import dev.tablebook.kernel.wire.Message;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The kernel's side of comms (messaging spec, "Custom messages"): sends the comms this process opens
 * on IOPub, as children of the request being answered, and hands what front ends send to the
 * {@link CommHub}. Handlers run through {@link Engine#call}, as a cell's code runs: one at a time
 * between cells, stopped by an interrupt, their output and errors published as the request's children
 * (JupyterLab shows them in its log console; a widget observer shows its output through an Output widget's
 * outputs). A message for a comm
 * that is not open here, or for a target nobody registered, is logged; a {@code comm_open} to an
 * unknown target is answered with {@code comm_close}, as the spec asks. None of it stops the kernel.
 */
final class KernelComms implements CommTransport {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

  private final Iopub iopub;
  private final Engine engine;
  private final PrintStream log;
  private final CommHub hub;
  private final Function<Message, OutputSink> outputsOf;
  /** The request being answered (or the last one): what a comm message sent now is a child of. */
  private volatile Message parent;

  KernelComms(Iopub iopub, Engine engine, PrintStream log, CommHub hub, Function<Message, OutputSink> outputsOf) {
    this.iopub = iopub;
    this.engine = engine;
    this.log = log;
    this.hub = hub;
    this.outputsOf = outputsOf;
    hub.connect(this);
    dev.tablebook.comm.CommTargets.registerAll(hub, KernelComms.class.getClassLoader()); // before any front end asks
  }

  /** From now on comm messages are children of {@code request}. */
  void answering(Message request) {
    parent = request;
  }

  /** Handles {@code comm_open}, {@code comm_msg} or {@code comm_close}: no reply goes out on the shell channel. */
  List<Message> handle(Message request) {
    String commId = request.get("comm_id").asText("");
    CommMessage message = new CommMessage(plain(request.get("data")), plain(request.metadata()), request.buffers());
    switch (request.type()) {
      case "comm_open" -> open(request, commId, request.get("target_name").asText(""), message);
      case "comm_msg" -> {
        if (hub.comm(commId) == null) {
          log.println("tablebook kernel: dropped a comm_msg for comm " + commId + ", which is not open here");
        } else {
          call(request, "the comm_msg handler of comm " + commId, () -> hub.received(commId, message));
        }
      }
      default -> { // comm_close
        if (hub.comm(commId) == null) {
          log.println("tablebook kernel: dropped a comm_close for comm " + commId + ", which is not open here");
        } else {
          call(request, "the comm_close handler of comm " + commId, () -> hub.closed(commId, message));
        }
      }
    }
    return List.of();
  }

  private void open(Message request, String commId, String target, CommMessage message) {
    boolean[] taken = new boolean[1];
    CellResult result = call(request, "the comm target " + target, () -> taken[0] = hub.opened(commId, target, message));
    if (result.ok() && !taken[0]) {
      log.println("tablebook kernel: no comm target \"" + target + "\" is registered: closed comm " + commId);
      publishClose(request, commId, CommMessage.of(Map.of()));
    }
  }

  private CellResult call(Message request, String name, Runnable work) {
    answering(request);
    CellResult result = engine.call(name, work, outputsOf.apply(request), request);
    if (!result.ok()) {
      log.println("tablebook kernel: " + name + " " + result.status().name().toLowerCase(java.util.Locale.ROOT)
          + result.error().map(e -> ": " + e.ename() + ": " + e.evalue()).orElse(""));
    }
    return result;
  }

  /** The content of {@code comm_info_reply}: the open comms, those to the request's {@code target_name} if it names one. */
  ObjectNode info(Message request) {
    JsonNode target = request.get("target_name");
    ObjectNode content = Json.object();
    content.put("status", "ok");
    ObjectNode comms = content.putObject("comms");
    hub.openComms(target.isTextual() && !target.asText().isEmpty() ? target.asText() : null)
        .forEach((id, name) -> comms.putObject(id).put("target_name", name));
    return content;
  }

  @Override
  public void open(String commId, String targetName, CommMessage message) {
    ObjectNode content = content(commId, message);
    content.put("target_name", targetName);
    iopub.publish(parent, "comm_open", content, metadata(message), message.buffers());
  }

  @Override
  public void send(String commId, CommMessage message) {
    iopub.publish(parent, "comm_msg", content(commId, message), metadata(message), message.buffers());
  }

  @Override
  public void close(String commId, CommMessage message) {
    publishClose(parent, commId, message);
  }

  private void publishClose(Message cause, String commId, CommMessage message) {
    iopub.publish(cause, "comm_close", content(commId, message), metadata(message), message.buffers());
  }

  private static ObjectNode content(String commId, CommMessage message) {
    ObjectNode content = Json.object();
    content.put("comm_id", commId);
    content.set("data", Json.MAPPER.valueToTree(message.data()));
    return content;
  }

  private static ObjectNode metadata(CommMessage message) {
    return Json.MAPPER.valueToTree(message.metadata());
  }

  /** A JSON object as plain Java values (an absent or non-object node: empty). */
  private static Map<String, Object> plain(JsonNode node) {
    return node != null && node.isObject() ? Json.MAPPER.convertValue(node, OBJECT) : Map.of();
  }
}
