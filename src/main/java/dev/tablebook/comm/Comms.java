package dev.tablebook.comm;

import java.util.List;
import java.util.Map;

/**
 * Opens comms and registers comm targets, for cells and libraries: the entry to this package.
 *
 * <pre>{@code
 * Comms.registerTarget("my.target", (comm, opening) -> comm.onMessage(m -> comm.send(Map.of("echo", m.data()))));
 * Comm comm = Comms.open("their.target", Map.of("state", Map.of()));
 * }</pre>
 *
 * @since 0.4
 */
public final class Comms {
  private Comms() { }

  /** Opens a comm to the front end's {@code targetName}, sending {@code data} with the {@code comm_open}. */
  public static Comm open(String targetName, Map<String, ?> data) {
    return CommHub.global().open(targetName, CommMessage.of(data));
  }

  /** Opens a comm with {@code data}, {@code metadata} and binary {@code buffers}. */
  @SuppressWarnings("unchecked")
  public static Comm open(String targetName, Map<String, ?> data, Map<String, ?> metadata, List<byte[]> buffers) {
    return CommHub.global().open(targetName,
        new CommMessage((Map<String, Object>) data, (Map<String, Object>) metadata, buffers));
  }

  /** Lets front ends open comms to {@code targetName}; {@code target} gets each one. */
  public static void registerTarget(String targetName, CommTarget target) {
    CommHub.global().register(targetName, target);
  }

  /** Stops taking new comms to {@code targetName}. */
  public static void unregisterTarget(String targetName) {
    CommHub.global().unregister(targetName);
  }
}
