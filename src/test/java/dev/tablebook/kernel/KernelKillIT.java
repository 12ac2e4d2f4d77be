package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged kernel killed with SIGKILL while it executes cells: its history file keeps every
 * complete entry, a line cut short never swallows the next session's, and the file stays 0600.
 */
class KernelKillIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Process startKernel(Path dir, KernelClient client) throws Exception {
    ConnectionInfo c = client.connection;
    ObjectNode file = JSON.createObjectNode().put("transport", c.transport()).put("ip", c.ip())
        .put("shell_port", c.shellPort()).put("control_port", c.controlPort()).put("iopub_port", c.iopubPort())
        .put("stdin_port", c.stdinPort()).put("hb_port", c.hbPort()).put("key", c.key())
        .put("signature_scheme", c.signatureScheme());
    Path connection = dir.resolve("connection.json");
    Files.writeString(connection, file.toString());
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "kernel", "-f", connection.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kernel.log").toFile()));
    builder.environment().put("JUPYTER_DATA_DIR", dir.toString());
    return builder.start();
  }

  private static ObjectNode cell(String code) {
    ObjectNode content = KernelClient.content();
    content.put("code", code).put("silent", false).put("store_history", true).put("allow_stdin", false);
    content.putObject("user_expressions");
    return content;
  }

  @Test
  void killedKernelsLeaveAHistoryOfWholeEntries(@TempDir Path dir) throws Exception {
    Random random = new Random(42);
    Path history = dir.resolve("tablebook").resolve("history.jsonl");
    for (int kill = 0; kill < 12; kill++) {
      try (KernelClient client = new KernelClient()) {
        Process kernel = startKernel(dir, client);
        client.connect();
        client.awaitIopub();
        for (int i = 0; i < 40; i++) {
          client.send(client.shell, KernelClient.request("execute_request",
              cell("String s" + i + " = \"" + "é".repeat(random.nextInt(2000)) + "\"; " + i)));
        }
        client.receive(client.shell); // the first cell ran: the kernel is writing history now
        Thread.sleep(random.nextInt(400)); // a random moment to kill at, not a wait for anything
        kernel.destroyForcibly();
        assertTrue(kernel.waitFor(30, TimeUnit.SECONDS));
      }
      assertWholeEntries(history, false);
    }
    try (KernelClient client = new KernelClient()) {
      Process kernel = startKernel(dir, client);
      client.connect();
      client.awaitIopub();
      Message last = client.send(client.shell, KernelClient.request("execute_request", cell("\"after the crashes\"")));
      assertEquals("ok", client.replyTo(client.shell, last).get("status").asText());
      ObjectNode tail = KernelClient.content().put("hist_access_type", "tail").put("n", 1).put("output", false).put("raw", true);
      Message request = client.send(client.shell, KernelClient.request("history_request", tail));
      JsonNode entries = client.replyTo(client.shell, request).get("history");
      assertEquals("\"after the crashes\"", entries.get(0).get(2).asText());
      kernel.destroyForcibly();
      kernel.waitFor(30, TimeUnit.SECONDS);
    }
    assertWholeEntries(history, true);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
  }

  /** Every line is a whole entry, except that a crash may have cut the last line of a session short. */
  private static void assertWholeEntries(Path history, boolean endsWhole) throws Exception {
    List<String> lines = List.of(new String(Files.readAllBytes(history), StandardCharsets.UTF_8).split("\n", -1));
    int torn = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        assertTrue(i == lines.size() - 1, "only the end is empty");
        continue;
      }
      try {
        JsonNode entry = JSON.readTree(line);
        assertTrue(entry.isArray() && entry.size() >= 3, line);
      } catch (java.io.IOException cut) {
        torn++;
      }
    }
    assertTrue(torn <= 13, "at most one torn line per kill: " + torn);
    if (endsWhole) {
      assertTrue(lines.get(lines.size() - 1).isEmpty(), "the file ends with a whole line");
    }
  }
}
