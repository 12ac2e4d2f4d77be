package dev.tablebook.kernel;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/** Sends and receives whole multipart messages. */
final class Sockets {
  /**
   * A frame larger than this (a 100 MB frame, say) is refused by ZeroMQ as its size arrives, before
   * it is read: the connection that sent it is dropped, so the message is never seen. The limit is
   * per frame (ZMQ_MAXMSGSIZE), signed or not.
   */
  static final long MAX_MESSAGE_BYTES = 64L << 20;

  private Sockets() {}

  static void send(ZMQ.Socket socket, List<byte[]> frames) {
    for (int i = 0; i < frames.size(); i++) {
      socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
    }
  }

  /** All frames of the next message, or null when none came (timeout or closed). */
  static List<byte[]> receive(ZMQ.Socket socket) {
    byte[] first = socket.recv(0);
    if (first == null) {
      return null;
    }
    List<byte[]> frames = new ArrayList<>();
    frames.add(first);
    while (socket.hasReceiveMore()) {
      frames.add(socket.recv(0));
    }
    return frames;
  }
}
