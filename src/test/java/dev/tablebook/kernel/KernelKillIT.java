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
 * complete entry, a line cut short never swallows the next session's, the file stays 0600, and a
 * compaction killed before its rename leaves no temporary file once the next kernel has started.
 * Kernels started at once on one history file get sessions of their own.
 */
class KernelKillIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How many kernels are killed (fewer for a quick run: -Dtablebook.kills=5). */
  private static final int KILLS = Integer.getInteger("tablebook.kills", 12);
  /** A small cap, so that the 40 cells of each kernel make it compact its history while it may be killed. */
  private static final int CAP = 50;

  private static Process startKernel(Path dir, KernelClient client) throws Exception {
    return startKernel(dir, client, dir);
  }

  /** Starts the packaged kernel with its connection file and log in {@code dir} and Jupyter's data in {@code dataDir}. */
  private static Process startKernel(Path dir, KernelClient client, Path dataDir) throws Exception {
    ConnectionInfo c = client.connection;
    ObjectNode file = JSON.createObjectNode().put("transport", c.transport()).put("ip", c.ip())
        .put("shell_port", c.shellPort()).put("control_port", c.controlPort()).put("iopub_port", c.iopubPort())
        .put("stdin_port", c.stdinPort()).put("hb_port", c.hbPort()).put("key", c.key())
        .put("signature_scheme", c.signatureScheme());
    Path connection = dir.resolve("connection.json");
    Files.writeString(connection, file.toString());
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dtablebook.history.cap=" + CAP, "-jar", JAR.toString(), "kernel", "-f", connection.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kernel.log").toFile()));
    builder.environment().put("JUPYTER_DATA_DIR", dataDir.toString());
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
    for (int kill = 0; kill < KILLS; kill++) {
      try (KernelClient client = new KernelClient()) {
        Process kernel = startKernel(dir, client);
        client.connect();
        client.awaitIopub();
        assertNoTemporaryFilesButThoseOf(kernel, history); // the kernel read its history before it spoke
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
      assertNoTemporaryFilesButThoseOf(kernel, history);
      kernel.destroyForcibly();
      kernel.waitFor(30, TimeUnit.SECONDS);
    }
    assertWholeEntries(history, true);
    assertTrue(new String(Files.readAllBytes(history), StandardCharsets.UTF_8).split("\n").length <= CAP + CAP / 10 + 1,
        "the cap holds");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
  }

  @Test
  void kernelsStartedAtOnceGetSessionsOfTheirOwn(@TempDir Path dir) throws Exception {
    try (KernelClient one = new KernelClient(); KernelClient two = new KernelClient()) {
      Process first = startKernel(Files.createDirectories(dir.resolve("one")), one, dir);
      Process second = startKernel(Files.createDirectories(dir.resolve("two")), two, dir);
      try {
        assertEquals(List.of(1, 2), List.of(session(one), session(two)).stream().sorted().toList());
      } finally {
        first.destroyForcibly();
        second.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        second.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Runs a cell and returns the session the kernel's history gives it. */
  private static int session(KernelClient client) throws Exception {
    client.connect();
    client.awaitIopub();
    Message cell = client.send(client.shell, KernelClient.request("execute_request", cell("1 + 1")));
    assertEquals("ok", client.replyTo(client.shell, cell).get("status").asText());
    ObjectNode tail = KernelClient.content().put("hist_access_type", "tail").put("n", 1).put("output", false).put("raw", true);
    Message request = client.send(client.shell, KernelClient.request("history_request", tail));
    return client.replyTo(client.shell, request).get("history").get(0).get(0).asInt();
  }

  /** Temporary files beside the history belong to the running kernel only: the killed ones' are gone. */
  private static void assertNoTemporaryFilesButThoseOf(Process kernel, Path history) throws Exception {
    try (var files = Files.list(history.getParent())) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        assertTrue(name.equals("history.jsonl") || name.equals("history.jsonl.lock")
            || name.startsWith(".history.jsonl.tablebook-" + kernel.pid() + "-"), "left behind: " + name);
      }
    }
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
    assertTrue(torn <= KILLS + 1, "at most one torn line per kill: " + torn);
    if (endsWhole) {
      assertTrue(lines.get(lines.size() - 1).isEmpty(), "the file ends with a whole line");
    }
  }
}
