package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.WireCodec;
import org.zeromq.ZMQ;

/** The IOPub socket: broadcasts from any thread, one message at a time. */
final class Iopub {
  private final ZMQ.Socket socket;
  private final WireCodec codec;
  private final String session;

  Iopub(ZMQ.Socket socket, WireCodec codec, String session) {
    this.socket = socket;
    this.codec = codec;
    this.session = session;
  }

  synchronized void publish(Message parent, String type, ObjectNode content) {
    Sockets.send(socket, codec.encode(Message.broadcast(parent, type, content, session)));
  }

  void status(Message parent, String state) {
    ObjectNode content = Json.object();
    content.put("execution_state", state);
    publish(parent, "status", content);
  }
}
