package dev.tablebook.io;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for another process to bind (a kernel started from a connection file), chosen
 * below the system's range of ephemeral ports: a port from that range can be taken, between choosing
 * and binding, by any outgoing connection — even by the client's own connection attempt to it, which
 * on loopback can connect to itself (TCP self-connect) while it retries before the kernel listens.
 * Outgoing connections never get a port below that range.
 *
 * @since 0.2
 */
public final class LoopbackPorts {
  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  private static final int LOWEST = 10_000;
  private static final int DEFAULT_EPHEMERAL_START = 32_768;

  private LoopbackPorts() {}

  /** {@code count} different ports nothing listens on now, each checked by binding it. */
  public static int[] free(int count) throws IOException {
    int below = ephemeralStart();
    List<ServerSocket> held = new ArrayList<>(); // held until all are chosen, so none is chosen twice
    try {
      int[] ports = new int[count];
      for (int i = 0, tries = 0; i < count; tries++) {
        if (tries > 10_000) {
          throw new IOException("no free loopback port between " + LOWEST + " and " + below);
        }
        int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
        try {
          held.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
          ports[i++] = port;
        } catch (IOException taken) {
          // in use: try another
        }
      }
      return ports;
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  /** One free port, as {@link #free(int)}. */
  public static int free() throws IOException {
    return free(1)[0];
  }

  /** Where the system's ephemeral ports start (Linux: the first number of ip_local_port_range). */
  static int ephemeralStart() {
    try {
      int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
      return start > LOWEST + 1_000 ? start : DEFAULT_EPHEMERAL_START;
    } catch (IOException | RuntimeException notLinux) {
      return DEFAULT_EPHEMERAL_START; // the IANA range starts at 49152; Linux's default, lower, is the safer bound
    }
  }
}
