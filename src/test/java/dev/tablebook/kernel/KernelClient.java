package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.Signer;
import dev.tablebook.kernel.wire.WireCodec;
import dev.tablebook.kernel.wire.WireException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** A small Jupyter client over real loopback sockets, for kernel tests. */
final class KernelClient implements AutoCloseable {
  static final String KEY = "test-key-0123456789";
  private static final int TIMEOUT_MS = 30_000;

  /** The ports to connect to: chosen here for a kernel in another process, the kernel's own after {@link #connect(Kernel)}. */
  ConnectionInfo connection;
  final WireCodec codec = new WireCodec(Signer.of("hmac-sha256", KEY));
  private final ZContext context = new ZContext();
  final ZMQ.Socket shell;
  final ZMQ.Socket control;
  final ZMQ.Socket stdin;
  final ZMQ.Socket iopub;
  final ZMQ.Socket heartbeat;

  KernelClient() throws IOException {
    connection = new ConnectionInfo("tcp", "127.0.0.1", freePort(), freePort(), freePort(), freePort(), freePort(),
        KEY, "hmac-sha256");
    shell = context.createSocket(SocketType.DEALER);
    control = context.createSocket(SocketType.DEALER);
    stdin = context.createSocket(SocketType.DEALER);
    iopub = context.createSocket(SocketType.SUB);
    heartbeat = context.createSocket(SocketType.REQ);
    for (ZMQ.Socket socket : List.of(shell, control, stdin, iopub, heartbeat)) {
      socket.setReceiveTimeOut(TIMEOUT_MS);
      socket.setLinger(0);
    }
    stdin.setIdentity("client".getBytes());
    shell.setIdentity("client".getBytes());
    iopub.subscribe(new byte[0]);
  }

  /** For a kernel in this JVM: any free ports, which the kernel binds itself (no port chosen here can be taken first). */
  ConnectionInfo anyPorts() {
    return new ConnectionInfo("tcp", "127.0.0.1", 0, 0, 0, 0, 0, KEY, "hmac-sha256");
  }

  /** Connects to a kernel of this JVM, at the ports it bound. */
  void connect(Kernel kernel) {
    connection = kernel.connection();
    connect();
  }

  /** Connects after the kernel has bound its sockets. */
  void connect() {
    shell.connect(connection.address(connection.shellPort()));
    control.connect(connection.address(connection.controlPort()));
    stdin.connect(connection.address(connection.stdinPort()));
    iopub.connect(connection.address(connection.iopubPort()));
    heartbeat.connect(connection.address(connection.hbPort()));
  }

  private static int freePort() throws IOException {
    return dev.tablebook.io.LoopbackPorts.free(); // outside the ephemeral range: no connect can take it first
  }

  static Message request(String type, ObjectNode content) {
    return new Message(List.of(), Message.header(type, "test-session", "tester"),
        JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(), content, List.of());
  }

  /** A message of {@code type} that answers {@code parent} (its parent_header is parent's header), as input_reply does. */
  static Message answer(Message parent, String type, ObjectNode content) {
    return new Message(List.of(), Message.header(type, "test-session", "tester"), parent.header().deepCopy(),
        JsonNodeFactory.instance.objectNode(), content, List.of());
  }

  static ObjectNode content() {
    return JsonNodeFactory.instance.objectNode();
  }

  Message send(ZMQ.Socket socket, Message message) {
    Sockets.send(socket, codec.encode(message));
    return message;
  }

  Message receive(ZMQ.Socket socket) {
    List<byte[]> frames = Sockets.receive(socket);
    if (frames == null) {
      throw new AssertionError("no message within " + TIMEOUT_MS + " ms");
    }
    try {
      return codec.decode(frames);
    } catch (WireException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether a message arrives on {@code socket} within its receive timeout (it is read and dropped). */
  boolean poll(ZMQ.Socket socket) {
    return Sockets.receive(socket) != null;
  }

  /**
   * Every message that arrives on shell, control, stdin or IOPub within {@code quietMs} of the last
   * one: what a test left unread, or what the kernel sent that nobody asked for.
   */
  List<Message> unread(int quietMs) {
    List<Message> messages = new ArrayList<>();
    try (ZMQ.Poller poller = context.createPoller(4)) {
      List<ZMQ.Socket> sockets = List.of(shell, control, stdin, iopub);
      sockets.forEach(socket -> poller.register(socket, ZMQ.Poller.POLLIN));
      while (poller.poll(quietMs) > 0) {
        for (int i = 0; i < sockets.size(); i++) {
          if (poller.pollin(i)) {
            messages.add(receive(sockets.get(i)));
          }
        }
      }
    }
    return messages;
  }

  /**
   * The reply to {@code request} on {@code socket}, skipping replies to earlier requests. For
   * tests that do not check which request a reply answers; those that do read {@link #receive}.
   */
  Message replyTo(ZMQ.Socket socket, Message request) {
    while (true) {
      Message message = receive(socket);
      if (message.parentHeader().path("msg_id").asText().equals(request.id())) {
        return message;
      }
    }
  }

  /**
   * Every IOPub message up to the idle status of {@code request}, whatever its parent: the caller
   * checks that they all belong to {@code request}.
   */
  List<Message> iopubUntilIdle(Message request) {
    List<Message> messages = new ArrayList<>();
    while (true) {
      Message message = receive(iopub);
      messages.add(message);
      if (message.type().equals("status") && message.get("execution_state").asText().equals("idle")
          && message.parentHeader().path("msg_id").asText().equals(request.id())) {
        return messages;
      }
    }
  }

  /** IOPub messages caused by {@code request}, from its busy status to its idle status, skipping others. */
  List<Message> iopubFor(Message request) {
    List<Message> messages = new ArrayList<>();
    while (true) {
      Message message = receive(iopub);
      if (!message.parentHeader().path("msg_id").asText().equals(request.id())) {
        continue;
      }
      messages.add(message);
      if (message.type().equals("status") && message.get("execution_state").asText().equals("idle")) {
        return messages;
      }
    }
  }

  /** Waits until IOPub delivers (PUB/SUB drops messages sent before the subscription is live). */
  void awaitIopub() {
    iopub.setReceiveTimeOut(200);
    for (int attempt = 0; attempt < 150; attempt++) {
      send(shell, request("kernel_info_request", content()));
      receive(shell);
      byte[] frame;
      while ((frame = iopub.recv(0)) != null) {
        while (iopub.hasReceiveMore()) {
          iopub.recv(0);
        }
        if (frame.length > 0) {
          iopub.setReceiveTimeOut(TIMEOUT_MS);
          unread(300); // what the probes left: tests start with nothing unread
          return;
        }
      }
    }
    throw new AssertionError("IOPub never delivered");
  }

  @Override
  public void close() {
    context.close();
  }
}
