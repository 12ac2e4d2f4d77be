package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.WireCodec;
import dev.tablebook.kernel.wire.WireException;
import java.io.PrintStream;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * The stdin socket: asks the front end for a line of input on behalf of a running cell. Only the
 * {@code input_reply} to this very {@code input_request} is taken: one whose parent_header names
 * another request (a late answer to an earlier prompt) is logged and dropped. A reply with no
 * parent at all is taken, because jupyter_client's {@code KernelClient.input()} (and so
 * jupyter_console) sends it that way; replies left over from earlier prompts are flushed before
 * asking, as ipykernel does.
 */
final class StdinChannel {
  private final ZMQ.Socket socket;
  private final WireCodec codec;
  private final PrintStream log;

  StdinChannel(ZMQ.Socket socket, WireCodec codec, PrintStream log) {
    this.socket = socket;
    this.codec = codec;
    this.log = log;
  }

  /** Sends input_request to whoever sent {@code parent} and waits for the input_reply's value. */
  synchronized String ask(Message parent, String prompt, boolean password) {
    flushStale();
    ObjectNode content = Json.object();
    content.put("prompt", prompt);
    content.put("password", password);
    Message request = Message.reply(parent, "input_request", content);
    Sockets.send(socket, codec.encode(request));
    while (!Thread.currentThread().isInterrupted()) {
      List<byte[]> frames = Sockets.receive(socket);
      if (frames == null) {
        continue;
      }
      try {
        Message reply = codec.decode(frames);
        if (answers(reply, request)) {
          return reply.get("value").asText("");
        }
        log.println("tablebook kernel: dropped a " + reply.type() + " on stdin that does not answer input_request "
            + request.id() + " (its parent is \"" + reply.parentHeader().path("msg_id").asText("") + "\")");
      } catch (WireException e) {
        log.println("tablebook kernel: dropped a message on stdin: " + e.getMessage());
      }
    }
    throw new IllegalStateException("interrupted while waiting for input");
  }

  /** Whether {@code reply} is the input_reply to {@code request}: its parent is that request, or it names none. */
  static boolean answers(Message reply, Message request) {
    if (!reply.type().equals("input_reply")) {
      return false;
    }
    String parent = reply.parentHeader().path("msg_id").asText("");
    return parent.isEmpty() || parent.equals(request.id());
  }

  /** Drops whatever arrived on stdin while nobody was asking. */
  private void flushStale() {
    byte[] frame;
    while ((frame = socket.recv(ZMQ.DONTWAIT)) != null) {
      while (socket.hasReceiveMore()) {
        socket.recv(0);
      }
      log.println("tablebook kernel: dropped a stale message on stdin (" + frame.length + " bytes in its first frame)");
    }
  }
}
