package dev.tablebook.comm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comms and comm targets of this process, and the transport their messages leave by. The kernel
 * connects its transport and hands it what front ends send ({@link #opened}, {@link #received},
 * {@link #closed}); cells use {@link Comms}. Without a transport (plain Java), comms open and send
 * to nowhere.
 *
 * @since 0.4
 */
public final class CommHub {
  private static final CommHub GLOBAL = new CommHub();
  private static final CommTransport DETACHED = new CommTransport() {
    @Override
    public void open(String commId, String targetName, CommMessage message) { }

    @Override
    public void send(String commId, CommMessage message) { }

    @Override
    public void close(String commId, CommMessage message) { }
  };

  private final Map<String, Comm> comms = new ConcurrentHashMap<>();
  private final Map<String, CommTarget> targets = new ConcurrentHashMap<>();
  private volatile CommTransport transport = DETACHED;

  /** A hub of its own (tests); notebooks use {@link #global()}. */
  public CommHub() { }

  /** The hub of this process: the one the kernel connects and cells' {@link Comms} calls use. */
  public static CommHub global() {
    return GLOBAL;
  }

  /** Sends comms through {@code newTransport} from now on; the comms of an earlier transport are forgotten. */
  public void connect(CommTransport newTransport) {
    transport = Objects.requireNonNull(newTransport, "transport");
    comms.clear();
  }

  /** Whether a kernel or runner is connected (comms reach something). */
  public boolean isConnected() {
    return transport != DETACHED;
  }

  CommTransport transport() {
    return transport;
  }

  /** Opens a comm from this side to the front end's {@code targetName}. */
  public Comm open(String targetName, CommMessage message) {
    CommTransport current = transport;
    Comm comm = new Comm(current.newId(), Objects.requireNonNull(targetName, "targetName"), this);
    comms.put(comm.id(), comm);
    current.open(comm.id(), targetName, message);
    return comm;
  }

  /** Lets front ends open comms to {@code targetName}; each one opened reaches {@code target}. */
  public void register(String targetName, CommTarget target) {
    targets.put(Objects.requireNonNull(targetName, "targetName"), Objects.requireNonNull(target, "target"));
  }

  /** Stops taking comms to {@code targetName} (those open stay open). */
  public void unregister(String targetName) {
    targets.remove(targetName);
  }

  /**
   * A front end opened {@code commId} to {@code targetName}: false when no target of that name is
   * registered (the caller closes it, as the messaging spec says). A target that throws has its comm
   * closed again and the failure thrown on to the caller.
   */
  public boolean opened(String commId, String targetName, CommMessage message) {
    CommTarget target = targets.get(targetName);
    if (target == null) {
      return false;
    }
    Comm comm = new Comm(commId, targetName, this);
    comms.put(commId, comm);
    try {
      target.opened(comm, message);
    } catch (RuntimeException | Error e) {
      comm.close();
      throw e;
    }
    return true;
  }

  /** A front end sent {@code message} on {@code commId}: false when no such comm is open here. */
  public boolean received(String commId, CommMessage message) {
    Comm comm = comms.get(commId);
    if (comm == null) {
      return false;
    }
    comm.receive(message);
    return true;
  }

  /** A front end closed {@code commId}: false when no such comm was open here. */
  public boolean closed(String commId, CommMessage message) {
    Comm comm = comms.remove(commId);
    if (comm == null) {
      return false;
    }
    comm.closedByFrontEnd(message);
    return true;
  }

  /** The open comms (id to target name), only those to {@code targetName} unless it is null. */
  public Map<String, String> openComms(String targetName) {
    Map<String, String> open = new LinkedHashMap<>();
    comms.forEach((id, comm) -> {
      if (targetName == null || targetName.equals(comm.targetName())) {
        open.put(id, comm.targetName());
      }
    });
    return open;
  }

  /** The open comm {@code commId}, or null. */
  public Comm comm(String commId) {
    return comms.get(commId);
  }

  void forget(String commId) {
    comms.remove(commId);
  }
}
