package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.wire.Message;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** shutdown_request on the control channel: a restart gives a fresh session, a plain shutdown stops. */
class KernelShutdownTest {

  private static Message execute(KernelClient client, String code) {
    ObjectNode content = KernelClient.content().put("code", code).put("silent", false).put("store_history", true);
    content.putObject("user_expressions");
    return client.replyTo(client.shell, client.send(client.shell, KernelClient.request("execute_request", content)));
  }

  @Test
  void restartThenShutdown(@TempDir Path dir) throws Exception {
    try (KernelClient client = new KernelClient();
        Kernel kernel = Kernel.start(client.connection, EngineOptions.defaults(), dir.resolve("history.jsonl"))) {
      client.connect();
      assertEquals("ok", execute(client, "int before = 1;").get("status").asText());

      Message restart = client.send(client.control, KernelClient.request("shutdown_request", KernelClient.content().put("restart", true)));
      Message restarted = client.replyTo(client.control, restart);
      assertTrue(restarted.get("restart").asBoolean());
      Message after = execute(client, "before");
      assertEquals("error", after.get("status").asText(), "variables are gone after a restart");
      assertEquals(1, after.get("execution_count").asInt(), "the count starts again");

      Message stop = client.send(client.control, KernelClient.request("shutdown_request", KernelClient.content().put("restart", false)));
      assertEquals("shutdown_reply", client.replyTo(client.control, stop).type());
      assertTrue(kernel.awaitShutdown(30, TimeUnit.SECONDS), "the kernel stopped");
    }
  }
}
