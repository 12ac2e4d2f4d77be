package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.WireCodec;
import java.io.PrintStream;
import org.zeromq.ZMQ;

/**
 * The IOPub socket: broadcasts from any thread, one message at a time. A broadcast that fails
 * (an {@link Error} too) is logged and dropped: it never ends the thread that published it, which
 * may be the shell thread or a cell's own.
 */
final class Iopub {
  private final ZMQ.Socket socket;
  private final WireCodec codec;
  private final String session;
  private final PrintStream log;

  Iopub(ZMQ.Socket socket, WireCodec codec, String session, PrintStream log) {
    this.socket = socket;
    this.codec = codec;
    this.session = session;
    this.log = log;
  }

  void publish(Message parent, String type, ObjectNode content) {
    publish(parent, type, content, null, java.util.List.of());
  }

  /** Publishes a message with {@code metadata} (null: none) and binary {@code buffers}. */
  synchronized void publish(Message parent, String type, ObjectNode content, ObjectNode metadata, java.util.List<byte[]> buffers) {
    try {
      Message message = Message.broadcast(parent, type, content, session);
      if (metadata != null || !buffers.isEmpty()) {
        message = new Message(message.identities(), message.header(), message.parentHeader(),
            metadata == null ? message.metadata() : metadata, content, buffers);
      }
      Sockets.send(socket, codec.encode(message));
    } catch (Throwable e) {
      log.println("tablebook kernel: could not publish " + type + " on IOPub: " + e);
    }
  }

  void status(Message parent, String state) {
    ObjectNode content = Json.object();
    content.put("execution_state", state);
    publish(parent, "status", content);
  }
}
