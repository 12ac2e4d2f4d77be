package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.WireCodec;
import dev.tablebook.kernel.wire.WireException;
import java.util.List;
import org.zeromq.ZMQ;

/** The stdin socket: asks the front end for a line of input on behalf of a running cell. */
final class StdinChannel {
  private final ZMQ.Socket socket;
  private final WireCodec codec;

  StdinChannel(ZMQ.Socket socket, WireCodec codec) {
    this.socket = socket;
    this.codec = codec;
  }

  /** Sends input_request to whoever sent {@code parent} and waits for the input_reply's value. */
  synchronized String ask(Message parent, String prompt, boolean password) {
    ObjectNode content = Json.object();
    content.put("prompt", prompt);
    content.put("password", password);
    Sockets.send(socket, codec.encode(Message.reply(parent, "input_request", content)));
    while (!Thread.currentThread().isInterrupted()) {
      List<byte[]> frames = Sockets.receive(socket);
      if (frames == null) {
        continue;
      }
      try {
        Message reply = codec.decode(frames);
        if (reply.type().equals("input_reply")) {
          return reply.get("value").asText("");
        }
      } catch (WireException e) {
        System.getLogger(StdinChannel.class.getName()).log(System.Logger.Level.WARNING, "dropped: " + e.getMessage());
      }
    }
    throw new IllegalStateException("interrupted while waiting for input");
  }
}
