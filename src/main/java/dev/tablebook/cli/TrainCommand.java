package dev.tablebook.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.ConnectionInfo;
import dev.tablebook.kernel.Kernel;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.Signer;
import dev.tablebook.kernel.wire.WireCodec;
import dev.tablebook.kernel.wire.WireException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import picocli.CommandLine.Command;

/**
 * {@code tablebook train} (hidden): what a first session does, once, in this JVM, so a class-data
 * archive made from this run holds what a kernel or a worker loads first. A kernel on loopback
 * ports answers a client in the same JVM: {@code kernel_info_request}, {@code 1 + 1}, a cell showing
 * a Tablesaw table, a shutdown. {@link dev.tablebook.jvm.ClassDataArchive} runs it in a child JVM.
 */
@Command(name = "train", hidden = true,
    description = "Run a first kernel session once (for making a class-data archive); prints nothing on success.")
final class TrainCommand implements Callable<Integer> {
  /** The cells of the session: the trivial one every benchmark times, and a table as analyses show them. */
  static final List<String> CELLS = List.of("1 + 1",
      "Table trade = ArticleFacts.tradeTotals();\ntrade",
      "Table.create(\"t\", IntColumn.indexColumn(\"i\", 10, 0), StringColumn.create(\"s\", 10))");
  private static final int TIMEOUT_MS = 60_000;

  @Override
  public Integer call() throws IOException, InterruptedException, WireException {
    String key = UUID.randomUUID().toString();
    int[] ports = dev.tablebook.io.LoopbackPorts.free(5);
    ConnectionInfo connection = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
        key, "hmac-sha256");
    WireCodec codec = new WireCodec(Signer.of(connection.signatureScheme(), key));
    Path history = Files.createTempFile("tablebook-train", ".jsonl");
    Files.delete(history); // History makes it on the first input, readable only by the user
    Kernel kernel = Kernel.start(connection, EngineOptions.defaults(), history);
    try (ZContext context = new ZContext()) {
      ZMQ.Socket shell = socket(context, SocketType.DEALER, connection, connection.shellPort());
      ZMQ.Socket control = socket(context, SocketType.DEALER, connection, connection.controlPort());
      ZMQ.Socket iopub = context.createSocket(SocketType.SUB);
      iopub.subscribe(new byte[0]);
      iopub.connect(connection.address(connection.iopubPort()));
      ask(codec, shell, "kernel_info_request", content());
      for (String cell : CELLS) {
        ObjectNode execute = content().put("code", cell).put("silent", false).put("store_history", true);
        Message reply = ask(codec, shell, "execute_request", execute.put("allow_stdin", false).put("stop_on_error", true));
        if (!reply.get("status").asText().equals("ok")) {
          throw new IllegalStateException("the training cell failed: " + cell + "\n" + reply.content());
        }
      }
      while (iopub.recv(ZMQ.DONTWAIT) != null) {
        // the client side of IOPub is not the kernel's: read what came, decode nothing
      }
      ask(codec, control, "shutdown_request", content().put("restart", false));
      if (!kernel.awaitShutdown(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the training kernel did not shut down");
      }
    } finally {
      kernel.close();
      Files.deleteIfExists(history);
      Files.deleteIfExists(history.resolveSibling(history.getFileName() + ".lock")); // History's lock and session counter
    }
    return 0;
  }

  private static ObjectNode content() {
    return JsonNodeFactory.instance.objectNode();
  }

  private static ZMQ.Socket socket(ZContext context, SocketType type, ConnectionInfo connection, int port) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setReceiveTimeOut(TIMEOUT_MS);
    socket.setLinger(0);
    socket.connect(connection.address(port));
    return socket;
  }

  /** Sends a request and returns its reply (the first message that answers it). */
  private static Message ask(WireCodec codec, ZMQ.Socket socket, String type, ObjectNode content) throws WireException {
    Message request = new Message(List.of(), Message.header(type, "train", "tablebook"), content(), content(), content, List.of());
    List<byte[]> frames = codec.encode(request);
    for (int i = 0; i < frames.size(); i++) {
      socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
    }
    while (true) {
      List<byte[]> received = new ArrayList<>();
      byte[] first = socket.recv(0);
      if (first == null) {
        throw new IllegalStateException("no reply to " + type + " within " + TIMEOUT_MS / 1000 + " s");
      }
      received.add(first);
      while (socket.hasReceiveMore()) {
        received.add(socket.recv(0));
      }
      Message reply = codec.decode(received);
      if (reply.parentHeader().path("msg_id").asText().equals(request.id())) {
        return reply;
      }
    }
  }
}
