package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.EngineOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel listens only where the connection file says: loopback, unless told otherwise. */
class KernelBindingTest {
  /** 127.0.0.1 as /proc/net/tcp shows it, and as an IPv4-mapped IPv6 address (JeroMQ may bind that way). */
  private static final Set<String> LOOPBACK = Set.of("0100007F", "0000000000000000FFFF00000100007F");

  @Test
  void everySocketListensOnLoopbackOnly(@TempDir Path dir) throws Exception {
    try (KernelClient client = new KernelClient()) {
      Kernel kernel = Kernel.start(client.anyPorts(), EngineOptions.defaults(), dir.resolve("history.jsonl"));
      ConnectionInfo c = kernel.connection();
      Set<Integer> ports = Set.of(c.shellPort(), c.controlPort(), c.iopubPort(), c.stdinPort(), c.hbPort());
      Map<Integer, String> listening = listeningAddresses();
      for (int port : ports) {
        assertTrue(LOOPBACK.contains(listening.get(port)), "port " + port + " listens on 127.0.0.1 only: " + listening.get(port));
      }
      kernel.close();
    }
  }

  @Test
  void aConnectionFileWithoutAnAddressMeansLoopback(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("connection.json");
    Files.writeString(file, "{\"shell_port\": 1, \"control_port\": 2, \"iopub_port\": 3, \"stdin_port\": 4, \"hb_port\": 5}");
    ConnectionInfo read = ConnectionInfo.read(file);
    assertEquals("127.0.0.1", read.ip());
    assertTrue(read.address(read.shellPort()).startsWith("tcp://127.0.0.1:"));
  }

  /** LISTEN sockets of this network namespace (IPv4), port to local address in /proc/net/tcp's hex form. */
  private static Map<Integer, String> listeningAddresses() throws Exception {
    Map<Integer, String> listening = new HashMap<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] fields = line.trim().split("\\s+");
        String[] local = fields[1].split(":");
        if (fields[3].equals("0A")) {
          listening.merge(Integer.parseInt(local[1], 16), local[0].toUpperCase(Locale.ROOT), (a, b) -> a + "," + b);
        }
      }
    }
    return listening;
  }
}
