package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.CellResult;
import dev.tablebook.engine.EditingHelp;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.StageTimes;
import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.secrets.Secrets;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers one request at a time, following the protocol's rules in one place: {@code status} busy
 * before and idle after every request, {@code execute_input} before a cell's outputs, the execution
 * count raised only when history is stored, exactly one {@code error} output for a failing cell.
 * The shell and control threads both call it: what they share (the execution count) is atomic.
 */
final class Requests {
  private final Engine engine;
  private final Iopub iopub;
  private final History history;
  private final StdinChannel stdin;
  private final PrintStream log;
  private final Runnable shutdown;
  private final AtomicInteger executionCount = new AtomicInteger();
  /** The execute request or comm message being handled, from its busy status to its reply: the one an interrupt is for. */
  private volatile Message executing;
  private final KernelComms comms;
  /** Made when a front end first asks, so a kernel that is never debugged makes no folder for the cells' files. */
  private Debugger debugger;

  Requests(Engine engine, Iopub iopub, History history, StdinChannel stdin, PrintStream log, Runnable shutdown) {
    this.engine = engine;
    this.iopub = iopub;
    this.history = history;
    this.stdin = stdin;
    this.log = log;
    this.shutdown = shutdown;
    this.comms = new KernelComms(iopub, engine, log, dev.tablebook.comm.CommHub.global(), this::handlerOutputs);
  }

  /** The replies to {@code request} (usually one). */
  List<Message> handle(Message request, boolean isControl) {
    String type = request.type();
    if (isControl && type.equals("interrupt_request")) {
      Message target = executing;
      if (target != null) {
        engine.interrupt(target); // that request's cell, even if the engine has not begun it yet
      }
      return List.of(reply(request, "interrupt_reply", ok()));
    }
    if (type.equals("execute_request") || type.startsWith("comm_") && !type.equals("comm_info_request")) {
      executing = request; // an interrupt stops a comm handler as it stops a cell
      comms.answering(request);
    }
    iopub.status(request, "busy");
    StageTimes.mark("busy");
    try {
      return switch (type) {
        case "kernel_info_request" -> {
          engine.warmUpEditing(); // a front end is here: its first Tab should find completion warm (it waits for any idle moment)
          yield List.of(reply(request, "kernel_info_reply", KernelInfo.content()));
        }
        case "execute_request" -> List.of(execute(request));
        case "complete_request" -> List.of(reply(request, "complete_reply", complete(request)));
        case "inspect_request" -> List.of(reply(request, "inspect_reply", inspect(request)));
        case "is_complete_request" -> List.of(reply(request, "is_complete_reply", isComplete(request)));
        case "history_request" -> List.of(reply(request, "history_reply", history(request)));
        case "comm_info_request" -> List.of(reply(request, "comm_info_reply", comms.info(request)));
        case "comm_open", "comm_msg", "comm_close" -> comms.handle(request);
        case "shutdown_request" -> List.of(shutdown(request));
        case "debug_request" -> List.of(reply(request, "debug_reply", debugger().handle(request.content())));
        default -> {
          log.println("tablebook kernel: ignored a message of unknown type \"" + type + "\"");
          yield List.of();
        }
      };
    } finally {
      if (executing == request) {
        executing = null;
      }
      StageTimes.mark("reply-build");
      iopub.status(request, "idle");
      StageTimes.mark("idle");
    }
  }

  private synchronized Debugger debugger() {
    if (debugger == null) {
      try {
        debugger = new Debugger(engine, dev.tablebook.io.PrivateTemp.own().resolve("cells").toAbsolutePath().normalize());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return debugger;
  }

  /** The reply to an execute request that was queued behind a failed cell with stop_on_error. */
  List<Message> handleAborted(Message request) {
    if (!request.type().equals("execute_request")) {
      return handle(request, false);
    }
    iopub.status(request, "busy");
    ObjectNode content = Json.object();
    // No execution_count, as ipykernel: JupyterLab shows a reply's count on the cell, and these cells never ran.
    content.put("status", "aborted");
    iopub.status(request, "idle");
    return List.of(reply(request, "execute_reply", content));
  }

  /**
   * Whether {@code replies} say that the cell of {@code request} failed with stop_on_error, so the
   * requests queued behind it are to be aborted. Read from the reply itself: no state is shared.
   */
  static boolean abortsQueue(Message request, List<Message> replies) {
    return request.type().equals("execute_request") && request.get("stop_on_error").asBoolean(true)
        && replies.stream().anyMatch(r -> r.type().equals("execute_reply") && r.get("status").asText().equals("error"));
  }

  private Message execute(Message request) {
    String code = request.get("code").asText("");
    boolean silent = request.get("silent").asBoolean(false);
    boolean storeHistory = request.get("store_history").asBoolean(!silent) && !silent;
    boolean allowStdin = request.get("allow_stdin").asBoolean(true);
    int count = storeHistory ? executionCount.incrementAndGet() : executionCount.get();
    String[] resultText = new String[1];
    if (!silent) {
      ObjectNode input = Json.object();
      input.put("code", code);
      input.put("execution_count", count);
      iopub.publish(request, "execute_input", input);
      StageTimes.mark("execute_input");
    }
    OutputSink sink = new OutputSink() {
      @Override
      public void accept(Output output) {
        if (output instanceof Output.ExecuteResult result) {
          resultText[0] = result.bundle().plainText();
        }
        if (!silent) {
          publish(request, output, count);
        }
      }

      @Override
      public String readLine(String prompt, boolean password) {
        if (!allowStdin) {
          throw new IllegalStateException("this cell cannot read input: the front end does not accept input requests"
              + " (allow_stdin is false)");
        }
        return stdin.ask(request, prompt, password);
      }
    };
    CellResult result = engine.execute(Engine.cellName(count), code, sink, null, request);
    if (storeHistory) {
      history.add(count, code, resultText[0]);
      StageTimes.mark("history");
    }
    ObjectNode content = Json.object();
    content.put("execution_count", count);
    if (result.ok()) {
      content.put("status", "ok");
      content.set("user_expressions", userExpressions(request.get("user_expressions")));
      content.putArray("payload");
    } else {
      content.put("status", "error");
      Output.Error error = result.error().orElse(new Output.Error("Error", "the cell failed", List.of()));
      content.put("ename", error.ename());
      content.put("evalue", error.evalue());
      content.set("traceback", Json.array(error.traceback()));
    }
    return reply(request, "execute_reply", content);
  }

  /** Where the output of a comm handler run for {@code request} goes: published as its children; it reads no input. */
  private OutputSink handlerOutputs(Message request) {
    return new OutputSink() {
      @Override
      public void accept(Output output) {
        publish(request, output, executionCount.get());
      }

      @Override
      public String readLine(String prompt, boolean password) {
        throw new IllegalStateException("a comm handler cannot read input: it runs between cells, with no cell to ask in");
      }
    };
  }

  private void publish(Message request, Output output, int count) {
    ObjectNode content = Json.object();
    if (output instanceof Output.Stream stream) {
      content.put("name", stream.name());
      content.put("text", stream.text());
      iopub.publish(request, "stream", content);
    } else if (output instanceof Output.DisplayData display) {
      bundle(content, display.bundle()).putObject("transient").put("display_id", display.displayId());
      iopub.publish(request, "display_data", content);
    } else if (output instanceof Output.UpdateDisplayData update) {
      bundle(content, update.bundle()).putObject("transient").put("display_id", update.displayId());
      iopub.publish(request, "update_display_data", content);
    } else if (output instanceof Output.ExecuteResult result) {
      content.put("execution_count", count);
      iopub.publish(request, "execute_result", bundle(content, result.bundle()));
    } else if (output instanceof Output.Error error) {
      content.put("ename", error.ename());
      content.put("evalue", error.evalue());
      content.set("traceback", Json.array(error.traceback()));
      iopub.publish(request, "error", content);
    } else if (output instanceof Output.ClearOutput clear) {
      content.put("wait", clear.waitForNext());
      iopub.publish(request, "clear_output", content);
    }
  }

  private static ObjectNode bundle(ObjectNode content, dev.tablebook.display.MimeBundle bundle) {
    content.set("data", Json.data(bundle));
    content.set("metadata", Json.metadata(bundle));
    return content;
  }

  private ObjectNode userExpressions(JsonNode expressions) {
    ObjectNode results = Json.object();
    for (Map.Entry<String, JsonNode> entry : expressions.properties()) {
      ObjectNode value = results.putObject(entry.getKey());
      Output[] seen = new Output[1];
      CellResult result = engine.execute("user expression " + entry.getKey(), entry.getValue().asText(), output -> {
        if (output instanceof Output.ExecuteResult || output instanceof Output.Error) {
          seen[0] = output;
        }
      });
      if (result.ok() && seen[0] instanceof Output.ExecuteResult r) {
        value.put("status", "ok");
        value.set("data", Json.data(r.bundle()));
        value.set("metadata", Json.metadata(r.bundle()));
      } else {
        Output.Error error = seen[0] instanceof Output.Error e ? e : new Output.Error("Error", "no value", List.of());
        value.put("status", "error");
        value.put("ename", error.ename());
        value.put("evalue", error.evalue());
        value.set("traceback", Json.array(error.traceback()));
      }
    }
    return results;
  }

  private ObjectNode complete(Message request) {
    String code = request.get("code").asText("");
    int cursor = CodePoints.toIndex(code, request.get("cursor_pos").asInt(code.length()));
    EditingHelp.Completion completion = engine.complete(code, cursor);
    ObjectNode content = ok();
    content.set("matches", Json.array(completion.matches()));
    content.put("cursor_start", CodePoints.fromIndex(code, completion.start()));
    content.put("cursor_end", CodePoints.fromIndex(code, completion.end()));
    content.putObject("metadata");
    return content;
  }

  private ObjectNode inspect(Message request) {
    String code = request.get("code").asText("");
    int cursor = CodePoints.toIndex(code, request.get("cursor_pos").asInt(code.length()));
    ObjectNode content = ok();
    var text = engine.inspect(code, cursor, request.get("detail_level").asInt(0));
    content.put("found", text.isPresent());
    ObjectNode data = content.putObject("data");
    text.ifPresent(t -> data.put("text/plain", t));
    content.putObject("metadata");
    return content;
  }

  private ObjectNode isComplete(Message request) {
    EditingHelp.Completeness completeness = engine.isComplete(request.get("code").asText(""));
    ObjectNode content = Json.object();
    content.put("status", completeness.status());
    if (completeness.status().equals("incomplete")) {
      content.put("indent", completeness.indent());
    }
    return content;
  }

  private ObjectNode history(Message request) {
    String access = request.get("hist_access_type").asText("tail");
    boolean unique = request.get("unique").asBoolean(false);
    boolean withOutput = request.get("output").asBoolean(false);
    int n = request.get("n").asInt(access.equals("search") ? 0 : 10);
    List<History.Entry> entries = switch (access) {
      case "range" -> history.range(request.get("session").asInt(0), request.get("start").asInt(0), request.get("stop").asInt(0));
      case "search" -> history.search(request.get("pattern").asText("*"), n, unique);
      default -> history.tail(n, unique);
    };
    ObjectNode content = ok();
    ArrayNode rows = content.putArray("history");
    for (History.Entry entry : entries) {
      ArrayNode row = rows.addArray().add(entry.session()).add(entry.line());
      if (withOutput) {
        row.addArray().add(entry.input()).add(entry.output());
      } else {
        row.add(entry.input());
      }
    }
    return content;
  }

  /**
   * Shuts the kernel down, restart or not (as ipykernel does): the reply, with {@code restart}
   * echoed, goes out on the channel the request came on, then the process exits and, for a
   * restart, the client starts a fresh one, so nothing of this session survives it.
   */
  private Message shutdown(Message request) {
    ObjectNode content = ok();
    content.put("restart", request.get("restart").asBoolean(false));
    shutdown.run(); // stops the channels after this reply has been sent
    return reply(request, "shutdown_reply", content);
  }

  /**
   * The reply to a request whose handling failed unexpectedly: {@code status: error} naming the
   * failure (an {@link Error} too), so the client is not left waiting. Empty for messages that take
   * no reply.
   */
  Optional<Message> failed(Message request, Throwable failure) {
    String type = request.type();
    if (!type.endsWith("_request")) {
      return Optional.empty();
    }
    ObjectNode content = Json.object();
    content.put("status", "error");
    if (type.equals("execute_request")) {
      content.put("execution_count", executionCount.get());
    }
    content.put("ename", failure.getClass().getSimpleName());
    content.put("evalue", Secrets.redact(String.valueOf(failure.getMessage())));
    content.putArray("traceback").add(Secrets.redact("The kernel failed to answer " + type + ": " + failure));
    return Optional.of(reply(request, type.substring(0, type.length() - "_request".length()) + "_reply", content));
  }

  private static ObjectNode ok() {
    ObjectNode content = Json.object();
    content.put("status", "ok");
    return content;
  }

  private static Message reply(Message request, String type, ObjectNode content) {
    return Message.reply(request, type, content);
  }
}
