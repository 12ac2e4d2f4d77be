package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.wire.Message;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * shutdown_request, on control or on shell, with or without restart: the reply (restart echoed)
 * comes on the channel the request came on, then the kernel stops. A restart is the client's to
 * do, with a fresh process (JupyterIT checks that with jupyter_client).
 */
class KernelShutdownTest {

  private static Message execute(KernelClient client, String code) {
    ObjectNode content = KernelClient.content().put("code", code).put("silent", false).put("store_history", true);
    content.putObject("user_expressions");
    return client.replyTo(client.shell, client.send(client.shell, KernelClient.request("execute_request", content)));
  }

  @ParameterizedTest(name = "restart {0} on {1}")
  @CsvSource({"true, control", "false, control", "true, shell", "false, shell"})
  void theReplyComesOnTheRequestsChannelThenTheKernelStops(boolean restart, String channel, @TempDir Path dir)
      throws Exception {
    try (KernelClient client = new KernelClient()) {
      Kernel kernel = Kernel.start(client.anyPorts(), EngineOptions.defaults(), dir.resolve("history.jsonl"));
      try {
        client.connect(kernel);
      assertEquals("ok", execute(client, "int before = 1;").get("status").asText());

      var socket = channel.equals("control") ? client.control : client.shell;
      Message request = client.send(socket, KernelClient.request("shutdown_request", KernelClient.content().put("restart", restart)));
      Message reply = client.receive(socket);
      assertEquals("shutdown_reply", reply.type());
      assertEquals(request.id(), reply.parentHeader().path("msg_id").asText());
      assertEquals("ok", reply.get("status").asText());
      assertEquals(restart, reply.get("restart").asBoolean(!restart), "restart is echoed");
      assertTrue(kernel.awaitShutdown(10, TimeUnit.SECONDS), "the kernel stopped: a restart is a new process");
      kernel.close(); // what `tablebook kernel` does next, before the process exits

      client.shell.setReceiveTimeOut(1_000);
      client.send(client.shell, KernelClient.request("kernel_info_request", KernelClient.content()));
      assertFalse(client.poll(client.shell), "a closed kernel answers nothing");
      } finally {
        kernel.close();
      }
    }
  }
}
