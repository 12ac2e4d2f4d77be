package dev.tablebook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {
  @Test
  void portsAreDifferentBindableAndBelowTheEphemeralRange() throws Exception {
    int ephemeralStart = LoopbackPorts.ephemeralStart();
    assertTrue(ephemeralStart > 10_000, "the ephemeral range starts at " + ephemeralStart);
    int[] ports = LoopbackPorts.free(5);
    assertEquals(5, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
    for (int port : ports) {
      assertTrue(port < ephemeralStart, port + " is below the ephemeral range, which starts at " + ephemeralStart);
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertEquals(port, socket.getLocalPort());
      }
    }
  }
}
