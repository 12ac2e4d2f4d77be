package dev.tablebook.kernel;

import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.Signer;
import dev.tablebook.kernel.wire.WireCodec;
import dev.tablebook.kernel.wire.WireException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter kernel: binds the five sockets of a connection file, answers shell and control
 * requests with the {@link Engine}, publishes on IOPub and echoes heartbeats, until shut down.
 *
 * <pre>{@code
 * try (Kernel kernel = Kernel.start(ConnectionInfo.read(file))) { kernel.awaitShutdown(); }
 * }</pre>
 *
 * @since 0.1
 */
public final class Kernel implements AutoCloseable {
  private static final int POLL_MS = 100;

  private final ZContext context = new ZContext();
  private final PrintStream log;
  private final WireCodec codec;
  private final ZMQ.Socket shell;
  private final ZMQ.Socket control;
  private final ZMQ.Socket stdin;
  private final ZMQ.Socket heartbeat;
  private final Iopub iopub;
  private final Engine engine;
  private final Requests requests;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running = true;
  private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

  private Kernel(ConnectionInfo connection, EngineOptions options, Path historyFile) {
    this.log = System.err; // taken before the engine reroutes System.err into cells
    this.codec = new WireCodec(Signer.of(connection.signatureScheme(), connection.key()));
    this.shell = bind(SocketType.ROUTER, connection, connection.shellPort());
    this.control = bind(SocketType.ROUTER, connection, connection.controlPort());
    this.stdin = bind(SocketType.ROUTER, connection, connection.stdinPort());
    this.heartbeat = bind(SocketType.REP, connection, connection.hbPort());
    this.iopub = new Iopub(bind(SocketType.PUB, connection, connection.iopubPort()), codec, UUID.randomUUID().toString());
    this.engine = Engine.start(options);
    this.requests = new Requests(engine, iopub, new History(historyFile), new StdinChannel(stdin, codec), log, this::stop);
  }

  /** Binds the sockets and starts answering; JShell warms up meanwhile. */
  public static Kernel start(ConnectionInfo connection) {
    return start(connection, EngineOptions.defaults(), History.defaultFile());
  }

  /** As {@link #start(ConnectionInfo)}, with engine options and a history file of your own. */
  public static Kernel start(ConnectionInfo connection, EngineOptions options, Path historyFile) {
    Kernel kernel = new Kernel(connection, options, historyFile);
    kernel.thread("tablebook-heartbeat", kernel::echoHeartbeats);
    kernel.thread("tablebook-control", () -> kernel.serve(kernel.control, true));
    kernel.thread("tablebook-shell", () -> kernel.serve(kernel.shell, false));
    kernel.iopub.status(null, "starting");
    return kernel;
  }

  /** Blocks until a {@code shutdown_request} (without restart) or {@link #close()}. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  /** Waits at most {@code timeout} for a shutdown; true when the kernel was shut down. */
  public boolean awaitShutdown(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
    return stopped.await(timeout, unit);
  }

  /** Stops answering (a reply being sent, such as shutdown_reply, still goes out), ends the engine and closes the sockets. */
  @Override
  public void close() {
    stop();
    for (Thread thread : threads) {
      if (thread != Thread.currentThread()) {
        try {
          thread.join(2 * POLL_MS + 1_000L);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    engine.close();
    context.close();
  }

  private void stop() {
    running = false;
    stopped.countDown();
  }

  private ZMQ.Socket bind(SocketType type, ConnectionInfo connection, int port) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setLinger(0);
    socket.setMaxMsgSize(Sockets.MAX_MESSAGE_BYTES);
    socket.setReceiveTimeOut(POLL_MS);
    socket.bind(connection.address(port));
    return socket;
  }

  private void thread(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void echoHeartbeats() {
    while (running) {
      try {
        byte[] ping = heartbeat.recv(0);
        if (ping != null) {
          heartbeat.send(ping, 0);
        }
      } catch (org.zeromq.ZMQException e) {
        if (running) {
          log.println("tablebook kernel: heartbeat: " + e.getMessage());
        }
      }
    }
  }

  private void serve(ZMQ.Socket socket, boolean isControl) {
    while (running) {
      List<byte[]> frames;
      try {
        frames = Sockets.receive(socket);
      } catch (org.zeromq.ZMQException e) {
        if (running) {
          log.println("tablebook kernel: " + (isControl ? "control" : "shell") + ": " + e.getMessage());
        }
        continue;
      }
      if (frames == null) {
        continue;
      }
      Message request;
      try {
        request = codec.decode(frames);
      } catch (WireException e) {
        log.println("tablebook kernel: dropped a message on " + (isControl ? "control" : "shell") + ": " + e.getMessage());
        continue;
      }
      try {
        List<Message> replies = requests.handle(request, isControl);
        // stop_on_error: what was queued while the cell failed is aborted — taken now, before the
        // failed cell's reply goes out, so a request sent after that reply is never aborted too.
        List<List<byte[]>> queued = !isControl && requests.takeAbortRequest() ? takeQueued(socket) : List.of();
        for (Message reply : replies) {
          Sockets.send(socket, codec.encode(reply));
        }
        answerAborted(socket, queued); // after the failed cell's own reply, as clients expect
      } catch (RuntimeException e) {
        log.println("tablebook kernel: failed to answer " + request.type() + ": " + e);
        e.printStackTrace(log);
        try {
          for (Message reply : Requests.failed(request, e).stream().toList()) {
            Sockets.send(socket, codec.encode(reply));
          }
        } catch (RuntimeException again) {
          log.println("tablebook kernel: could not even send the error reply: " + again);
        }
      }
    }
  }

  /** The messages already waiting on {@code socket}. */
  private static List<List<byte[]>> takeQueued(ZMQ.Socket socket) {
    List<List<byte[]>> queued = new java.util.ArrayList<>();
    List<byte[]> frames;
    while ((frames = receiveNow(socket)) != null) {
      queued.add(frames);
    }
    return queued;
  }

  /** After a failed cell with stop_on_error: answers the requests that were queued behind it as aborted. */
  private void answerAborted(ZMQ.Socket socket, List<List<byte[]>> queued) {
    for (List<byte[]> frames : queued) {
      try {
        Message message = codec.decode(frames);
        for (Message reply : requests.handleAborted(message)) {
          Sockets.send(socket, codec.encode(reply));
        }
      } catch (WireException e) {
        log.println("tablebook kernel: dropped a message on shell: " + e.getMessage());
      }
    }
  }

  private static List<byte[]> receiveNow(ZMQ.Socket socket) {
    byte[] first = socket.recv(ZMQ.DONTWAIT);
    if (first == null) {
      return null;
    }
    List<byte[]> frames = new java.util.ArrayList<>();
    frames.add(first);
    while (socket.hasReceiveMore()) {
      frames.add(socket.recv(0));
    }
    return frames;
  }
}
