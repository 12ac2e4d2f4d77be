package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter starts it (the argv {@code tablebook install} writes) keeps what it writes to
 * temp in a private folder: removed when it shuts down, and, when it was killed, by the next kernel's
 * start. DuckDB's native library is not among it (it comes from its cache folder). The kernels get a
 * temp folder of this test's own, so the count of its entries is exact.
 */
class KernelTempFolderIT {
  private static final Path JAR = Path.of(System.getProperty("tablebook.jar", "target/tablebook.jar")).toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The installed kernel's argv for {@code client}'s ports, with {@code -Djava.io.tmpdir=tmp} among its JVM options. */
  private List<String> kernelCommand(KernelClient client, Path tmp) throws Exception {
    ConnectionInfo c = client.connection;
    ObjectNode file = JSON.createObjectNode().put("transport", c.transport()).put("ip", c.ip())
        .put("shell_port", c.shellPort()).put("control_port", c.controlPort()).put("iopub_port", c.iopubPort())
        .put("stdin_port", c.stdinPort()).put("hb_port", c.hbPort()).put("key", c.key()).put("signature_scheme", c.signatureScheme());
    Path connection = Files.writeString(dir.resolve("connection-" + c.shellPort() + ".json"), file.toString());
    JsonNode spec = JSON.readTree(dir.resolve("share/jupyter/kernels/tablebook/kernel.json").toFile());
    List<String> argv = new ArrayList<>();
    spec.get("argv").forEach(node -> argv.add(node.asText().replace("{connection_file}", connection.toString())));
    argv.add(argv.indexOf("-jar"), "-Djava.io.tmpdir=" + tmp);
    return argv;
  }

  private Process start(KernelClient client, Path tmp) throws Exception {
    Process kernel = new ProcessBuilder(kernelCommand(client, tmp)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kernel.log").toFile())).start();
    client.connect();
    client.awaitIopub(); // it speaks: it made its folder (the first thing it does) and is ready
    return kernel;
  }

  private static List<String> entries(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void runCell(KernelClient client, String code) {
    ObjectNode content = KernelClient.content().put("code", code).put("silent", false).put("store_history", true)
        .put("allow_stdin", false);
    content.putObject("user_expressions");
    Message request = client.send(client.shell, KernelClient.request("execute_request", content));
    assertEquals("ok", client.replyTo(client.shell, request).get("status").asText(), code);
  }

  @Test
  void aKernelRemovesItsTempFolderAtShutdownAndTheNextOneRemovesAKilledOnes() throws Exception {
    Process install = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
        "install", "--prefix", dir.toString(), "--no-class-data").redirectErrorStream(true)
        .redirectOutput(dir.resolve("install.log").toFile()).start();
    assertTrue(install.waitFor(120, TimeUnit.SECONDS) && install.exitValue() == 0, Files.readString(dir.resolve("install.log")));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Files.writeString(tmp.resolve("someone-elses.txt"), "left alone");

    Process killed;
    try (KernelClient client = new KernelClient()) {
      killed = start(client, tmp);
      runCell(client, "%%sql\nSELECT 42 AS answer"); // DuckDB's library loaded and a spill folder made
      List<String> during = entries(tmp);
      assertEquals(2, during.size(), during.toString());
      String own = during.get(1);
      assertTrue(own.startsWith("tablebook-" + killed.pid() + "-"), own);
      assertEquals(1, entries(tmp.resolve(own)).size(), "the spill folder, and no native library");
      killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
      assertEquals(during, entries(tmp), "a killed kernel cannot clean up");
    }
    try (KernelClient client = new KernelClient()) {
      Process next = start(client, tmp);
      List<String> during = entries(tmp);
      assertEquals(List.of("someone-elses.txt", during.get(1)), during, "the killed kernel's folder is gone");
      assertTrue(during.get(1).startsWith("tablebook-" + next.pid() + "-"), during.toString());
      Message shutdown = client.send(client.control, KernelClient.request("shutdown_request", KernelClient.content().put("restart", false)));
      client.replyTo(client.control, shutdown);
      assertTrue(next.waitFor(60, TimeUnit.SECONDS));
    }
    assertEquals(List.of("someone-elses.txt"), entries(tmp), "a kernel that shut down removed its folder");
  }
}
