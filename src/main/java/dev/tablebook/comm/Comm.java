package dev.tablebook.comm;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open comm: a channel between an object in this kernel and its counterpart in the front end,
 * opened by either side ({@link Comms#open}, or a front end's {@code comm_open} to a registered
 * {@link CommTarget}). Sends may come from any thread; handlers run in the kernel one message at a
 * time, while no cell runs (messages that come during a cell wait for it), as a cell's code runs (an
 * interrupt stops them); their output goes out as the message's own (JupyterLab's log console).
 *
 * <pre>{@code
 * Comm comm = Comms.open("my.target", Map.of("hello", 1));
 * comm.onMessage(message -> System.out.println(message.data()));
 * comm.send(Map.of("value", 42));
 * }</pre>
 *
 * @since 0.4
 */
public final class Comm {
  private final String id;
  private final String targetName;
  private final CommHub hub;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private volatile Consumer<CommMessage> onMessage = message -> { };
  private volatile Consumer<CommMessage> onClose = message -> { };

  Comm(String id, String targetName, CommHub hub) {
    this.id = id;
    this.targetName = targetName;
    this.hub = hub;
  }

  /** The comm's id ({@code comm_id}). */
  public String id() {
    return id;
  }

  /** The target it was opened to. */
  public String targetName() {
    return targetName;
  }

  /** Whether neither side has closed it. */
  public boolean isOpen() {
    return open.get();
  }

  /** Sends {@code data} (a JSON object as plain Java values) to the front end. */
  public void send(Map<String, ?> data) {
    send(CommMessage.of(data));
  }

  /** Sends {@code data} with binary {@code buffers}. */
  public void send(Map<String, ?> data, List<byte[]> buffers) {
    send(CommMessage.of(data, buffers));
  }

  /** Sends {@code message}; a closed comm refuses it. */
  public void send(CommMessage message) {
    if (!open.get()) {
      throw new IllegalStateException("the comm " + id + " to " + targetName + " is closed: nothing can be sent on it");
    }
    hub.transport().send(id, message);
  }

  /** Sets what runs for each message the front end sends on this comm (replacing the previous handler). */
  public Comm onMessage(Consumer<CommMessage> handler) {
    onMessage = Objects.requireNonNull(handler, "handler");
    return this;
  }

  /** Sets what runs when the front end closes this comm. */
  public Comm onClose(Consumer<CommMessage> handler) {
    onClose = Objects.requireNonNull(handler, "handler");
    return this;
  }

  /** Closes the comm on both sides; closing again does nothing. */
  public void close() {
    close(CommMessage.of(Map.of()));
  }

  /** Closes the comm, sending {@code message} with the {@code comm_close}. */
  public void close(CommMessage message) {
    if (open.compareAndSet(true, false)) {
      hub.forget(id);
      hub.transport().close(id, message);
    }
  }

  void receive(CommMessage message) {
    onMessage.accept(message);
  }

  void closedByFrontEnd(CommMessage message) {
    if (open.compareAndSet(true, false)) {
      onClose.accept(message);
    }
  }

  @Override
  public String toString() {
    return "Comm(" + targetName + ", " + id + (isOpen() ? ")" : ", closed)");
  }
}
