package dev.tablebook.kernel;

import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.StageTimes;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.Signer;
import dev.tablebook.kernel.wire.WireCodec;
import dev.tablebook.kernel.wire.WireException;
import dev.tablebook.secrets.Secrets;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter kernel: binds the five sockets of a connection file, answers shell and control
 * requests with the {@link Engine}, publishes on IOPub and echoes heartbeats, until shut down.
 * A {@code shutdown_request} ends it whether or not it asks for a restart: as the messaging spec
 * says, the client starts a fresh process for a restart. Nothing thrown while answering a request,
 * {@link Error}s included, stops a channel: it becomes that request's error reply.
 *
 * <pre>{@code
 * try (Kernel kernel = Kernel.start(ConnectionInfo.read(file))) { kernel.awaitShutdown(); }
 * }</pre>
 *
 * @since 0.1
 */
public final class Kernel implements AutoCloseable {
  private static final int POLL_MS = 100;
  /** How long closing waits for the engine and for replies still on their way out (shutdown_reply). */
  private static final int CLOSE_WAIT_MS = 1_000;

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
  private final Handler handler;
  private final ConnectionInfo bound;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean running = true;
  private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** What answers one decoded request; a seam for tests, which wrap it to make handling fail. */
  @FunctionalInterface
  interface Handler {
    List<Message> handle(Message request, boolean isControl);
  }

  private Kernel(ConnectionInfo connection, EngineOptions options, Path historyFile, UnaryOperator<Handler> wrap) {
    // never routed into a cell; a line that names an address hides its credentials
    this.log = new PrintStream(Secrets.redactingLines(Engine.processStderr()), true, StandardCharsets.UTF_8);
    this.codec = new WireCodec(Signer.of(connection.signatureScheme(), connection.key()));
    this.shell = bind(SocketType.ROUTER, connection, connection.shellPort());
    this.control = bind(SocketType.ROUTER, connection, connection.controlPort());
    this.stdin = bind(SocketType.ROUTER, connection, connection.stdinPort());
    this.heartbeat = bind(SocketType.REP, connection, connection.hbPort());
    ZMQ.Socket publisher = bind(SocketType.PUB, connection, connection.iopubPort());
    this.bound = new ConnectionInfo(connection.transport(), connection.ip(), port(shell), port(control), port(publisher),
        port(stdin), port(heartbeat), connection.key(), connection.signatureScheme());
    this.iopub = new Iopub(publisher, codec, UUID.randomUUID().toString(), log);
    this.engine = Engine.start(options);
    this.requests = new Requests(engine, iopub, new History(historyFile), new StdinChannel(stdin, codec, log), log, this::stop);
    this.handler = wrap.apply(requests::handle);
  }

  /** Binds the sockets and starts answering; JShell warms up meanwhile. */
  public static Kernel start(ConnectionInfo connection) {
    return start(connection, EngineOptions.defaults(), History.defaultFile());
  }

  /** As {@link #start(ConnectionInfo)}, with engine options and a history file of your own. */
  public static Kernel start(ConnectionInfo connection, EngineOptions options, Path historyFile) {
    return start(connection, options, historyFile, UnaryOperator.identity());
  }

  /** As {@link #start(ConnectionInfo, EngineOptions, Path)}, with the request handler wrapped by {@code wrap}. */
  static Kernel start(ConnectionInfo connection, EngineOptions options, Path historyFile, UnaryOperator<Handler> wrap) {
    Kernel kernel = new Kernel(connection, options, historyFile, wrap);
    kernel.thread("tablebook-heartbeat", kernel::echoHeartbeats);
    kernel.thread("tablebook-control", () -> kernel.serve(kernel.control, true));
    kernel.thread("tablebook-shell", () -> kernel.serve(kernel.shell, false));
    kernel.iopub.status(null, "starting");
    return kernel;
  }

  /** Blocks until a {@code shutdown_request} (with or without restart) or {@link #close()}. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  /** Waits at most {@code timeout} for a shutdown; true when the kernel was shut down. */
  public boolean awaitShutdown(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
    return stopped.await(timeout, unit);
  }

  /**
   * Stops answering, ends the engine (interrupting a running cell) and closes the sockets; a reply
   * being sent, such as shutdown_reply, still goes out. Bounded: a cell that ignores the interrupt
   * does not keep the process from exiting. Closing again does nothing.
   */
  @Override
  public void close() {
    stop();
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread ending = new Thread(engine::close, "tablebook-engine-close");
    ending.setDaemon(true);
    ending.start();
    long deadline = System.nanoTime() + 2L * CLOSE_WAIT_MS * 1_000_000L;
    try {
      ending.join(CLOSE_WAIT_MS);
      for (Thread thread : threads) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (thread != Thread.currentThread() && left > 0) {
          thread.join(left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    context.setLinger(CLOSE_WAIT_MS); // ZContext.close() gives every socket this linger: replies still queued go out
    context.close();
  }

  private void stop() {
    running = false;
    stopped.countDown();
  }

  /** Binds {@code port}, or a free port the system chooses when it is 0 (no race with other programs choosing). */
  private ZMQ.Socket bind(SocketType type, ConnectionInfo connection, int port) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setLinger(0);
    socket.setMaxMsgSize(Sockets.MAX_MESSAGE_BYTES);
    socket.setReceiveTimeOut(POLL_MS);
    socket.bind(port == 0 ? connection.transport() + "://" + connection.ip() + ":*" : connection.address(port));
    return socket;
  }

  private static int port(ZMQ.Socket socket) {
    String endpoint = socket.getLastEndpoint();
    return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
  }

  /** Where the sockets are bound: the connection given, with the ports the system chose for those given as 0. */
  public ConnectionInfo connection() {
    return bound;
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
      } catch (Throwable e) { // nothing but shutdown ends the heartbeat
        if (running) {
          log.println("tablebook kernel: heartbeat: " + e);
        }
      }
    }
  }

  /** Answers requests on {@code socket} until shutdown; nothing thrown ends this loop. */
  private void serve(ZMQ.Socket socket, boolean isControl) {
    String channel = isControl ? "control" : "shell";
    while (running) {
      try {
        serveNext(socket, isControl, channel);
      } catch (Throwable e) { // receiving or sending failed (an Error too): log it and go on serving
        if (running) {
          log.println("tablebook kernel: " + channel + ": " + e);
        }
      }
    }
  }

  private void serveNext(ZMQ.Socket socket, boolean isControl, String channel) {
    List<byte[]> frames = Sockets.receive(socket);
    if (frames == null) {
      return;
    }
    StageTimes.begin();
    Message request;
    try {
      request = codec.decode(frames);
    } catch (WireException e) {
      log.println("tablebook kernel: dropped a message on " + channel + ": " + e.getMessage());
      return;
    }
    StageTimes.mark("decode");
    List<Message> replies = answer(request, isControl);
    // stop_on_error: what was queued while the cell failed is aborted — taken now, before the
    // failed cell's reply goes out, so a request sent after that reply is never aborted too.
    List<List<byte[]>> queued = !isControl && Requests.abortsQueue(request, replies) ? takeQueued(socket) : List.of();
    send(socket, replies);
    StageTimes.mark("send-reply");
    StageTimes.end(request.type());
    answerAborted(socket, queued); // after the failed cell's own reply, as clients expect
  }

  /** The replies to {@code request}; whatever its handling throws, Errors included, becomes an error reply. */
  private List<Message> answer(Message request, boolean isControl) {
    try {
      return handler.handle(request, isControl);
    } catch (Throwable failure) {
      log.println("tablebook kernel: failed to answer " + request.type() + ": " + failure);
      failure.printStackTrace(log);
      return requests.failed(request, failure).stream().toList();
    }
  }

  private void send(ZMQ.Socket socket, List<Message> replies) {
    for (Message reply : replies) {
      try {
        Sockets.send(socket, codec.encode(reply));
      } catch (Throwable again) {
        log.println("tablebook kernel: could not send " + reply.type() + ": " + again);
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
      Message message;
      try {
        message = codec.decode(frames);
      } catch (WireException e) {
        log.println("tablebook kernel: dropped a message on shell: " + e.getMessage());
        continue;
      }
      List<Message> replies;
      try {
        replies = requests.handleAborted(message);
      } catch (Throwable failure) {
        log.println("tablebook kernel: failed to answer " + message.type() + ": " + failure);
        replies = requests.failed(message, failure).stream().toList();
      }
      send(socket, replies);
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
