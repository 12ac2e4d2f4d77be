package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.wire.Message;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.ZMQ;

/**
 * Whatever handling a request throws, {@link Error}s included, becomes that request's error reply
 * and the channel goes on serving. The kernel's handler is wrapped so that a request whose content
 * says {@code "inject": "SomeError"} throws it.
 */
class KernelFailureTest {
  @TempDir static Path dir;
  static KernelClient client;
  static Kernel kernel;

  @BeforeAll
  static void start() throws Exception {
    client = new KernelClient();
    kernel = Kernel.start(client.anyPorts(), EngineOptions.defaults(), dir.resolve("history.jsonl"),
        next -> (request, isControl) -> {
          String inject = request.get("inject").asText("");
          if (!inject.isEmpty()) {
            inject(inject);
          }
          return next.handle(request, isControl);
        });
    client.connect(kernel);
  }

  @AfterAll
  static void stop() {
    kernel.close();
    client.close();
  }

  private static void inject(String name) {
    switch (name) {
      case "StackOverflowError" -> throw new StackOverflowError("injected");
      case "OutOfMemoryError" -> throw new OutOfMemoryError("injected");
      case "NoClassDefFoundError" -> throw new NoClassDefFoundError("injected/Missing");
      case "AssertionError" -> throw new AssertionError("injected");
      case "AddressWithToken" -> throw new IllegalStateException("injected: cannot open sc://h:15002/;token=s3cr3t");
      default -> throw new IllegalStateException("injected");
    }
  }

  @Test
  void aFailureThatNamesAnAddressRepliesWithoutItsToken() {
    Message request = client.send(client.shell, KernelClient.request("inspect_request",
        KernelClient.content().put("inject", "AddressWithToken").put("code", "x").put("cursor_pos", 1)));
    Message reply = client.replyTo(client.shell, request);
    assertEquals("injected: cannot open sc://h:15002/;token=…", reply.get("evalue").asText());
    assertFalse(reply.content().toString().contains("s3cr3t"), reply.content().toString());
  }

  @ParameterizedTest(name = "{0} from {1} on {2}")
  @CsvSource({
      "StackOverflowError, execute_request, shell",
      "OutOfMemoryError, execute_request, shell",
      "NoClassDefFoundError, complete_request, shell",
      "AssertionError, kernel_info_request, control",
      "StackOverflowError, kernel_info_request, control",
      "IllegalStateException, inspect_request, shell"})
  void aThrowableBecomesAnErrorReplyAndTheChannelGoesOn(String error, String type, String channel) {
    ZMQ.Socket socket = channel.equals("control") ? client.control : client.shell;
    ObjectNode content = KernelClient.content().put("inject", error).put("code", "1 + 1");
    Message request = client.send(socket, KernelClient.request(type, content));
    Message reply = client.receive(socket);
    assertEquals(request.id(), reply.parentHeader().path("msg_id").asText());
    assertEquals(type.replace("_request", "_reply"), reply.type());
    assertEquals("error", reply.get("status").asText());
    assertEquals(error, reply.get("ename").asText());
    assertTrue(reply.get("traceback").get(0).asText().contains(error), reply.content().toString());
    if (type.equals("execute_request")) {
      assertTrue(reply.get("execution_count").isInt(), "an execute_reply always has its execution_count");
    }

    Message next = client.send(socket, KernelClient.request("kernel_info_request", KernelClient.content()));
    Message answered = client.replyTo(socket, next);
    assertEquals("kernel_info_reply", answered.type(), "the " + channel + " channel still serves");
    Message cell = client.send(client.shell, KernelClient.request("execute_request",
        KernelClient.content().put("code", "6 * 7").put("silent", false).put("store_history", false)));
    assertEquals("ok", client.replyTo(client.shell, cell).get("status").asText(), "the shell still executes");
  }
}
