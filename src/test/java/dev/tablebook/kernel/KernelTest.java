package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.wire.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel over real loopback sockets, driven by a small Java client. */
class KernelTest {
  @TempDir static Path dir;
  static KernelClient client;
  static Kernel kernel;

  @BeforeAll
  static void start() throws Exception {
    client = new KernelClient();
    kernel = Kernel.start(client.connection, EngineOptions.defaults(), dir.resolve("history.jsonl"));
    client.connect();
    client.awaitIopub();
  }

  @AfterAll
  static void stop() {
    kernel.close();
    client.close();
  }

  private static ObjectNode code(String code) {
    ObjectNode content = KernelClient.content();
    content.put("code", code);
    content.put("silent", false);
    content.put("store_history", true);
    content.putObject("user_expressions");
    content.put("allow_stdin", false);
    return content;
  }

  private static List<String> types(List<Message> messages) {
    return messages.stream().map(m -> m.type() + (m.type().equals("status") ? ":" + m.get("execution_state").asText() : "")).toList();
  }

  @Test
  void kernelInfoDescribesJava() {
    Message request = client.send(client.shell, KernelClient.request("kernel_info_request", KernelClient.content()));
    Message reply = client.replyTo(client.shell, request);
    assertEquals("kernel_info_reply", reply.type());
    assertEquals(request.id(), reply.parentHeader().path("msg_id").asText());
    assertEquals("tablebook", reply.get("implementation").asText());
    assertEquals("java", reply.get("language_info").path("name").asText());
    assertEquals("text/x-java-source", reply.get("language_info").path("mimetype").asText());
    assertEquals(".jshell", reply.get("language_info").path("file_extension").asText());
    assertEquals(List.of("status:busy", "status:idle"), types(client.iopubFor(request)));
  }

  @Test
  void executeFollowsTheProtocolOrder() {
    Message request = client.send(client.shell, KernelClient.request("execute_request",
        code("System.out.println(\"hello\");\n6 * 7")));
    Message reply = client.replyTo(client.shell, request);
    assertEquals("ok", reply.get("status").asText());
    int count = reply.get("execution_count").asInt();
    List<Message> iopub = client.iopubFor(request);
    assertEquals(List.of("status:busy", "execute_input", "stream", "execute_result", "status:idle"), types(iopub));
    assertEquals("System.out.println(\"hello\");\n6 * 7", iopub.get(1).get("code").asText());
    assertEquals("hello\n", iopub.get(2).get("text").asText());
    assertEquals("42", iopub.get(3).get("data").path("text/plain").asText());
    assertEquals(count, iopub.get(3).get("execution_count").asInt());
  }

  @Test
  void aFailingCellSendsExactlyOneError() {
    Message request = client.send(client.shell, KernelClient.request("execute_request", code("int x = 1 / 0;")));
    Message reply = client.replyTo(client.shell, request);
    assertEquals("error", reply.get("status").asText());
    assertEquals("java.lang.ArithmeticException", reply.get("ename").asText());
    List<Message> iopub = client.iopubFor(request);
    assertEquals(1, iopub.stream().filter(m -> m.type().equals("error")).count());
  }

  @Test
  void aTableIsDisplayedAsHtml() {
    Message request = client.send(client.shell, KernelClient.request("execute_request", code("display(ArticleFacts.events())")));
    client.replyTo(client.shell, request);
    Message display = client.iopubFor(request).stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow();
    assertTrue(display.get("data").path("text/html").asText().contains("<table class=\"tablebook\">"));
    assertFalse(display.get("transient").path("display_id").asText().isEmpty());
  }

  @Test
  void aWronglySignedRequestIsDroppedAndNeverExecuted() {
    List<byte[]> frames = new ArrayList<>(client.codec.encode(KernelClient.request("execute_request",
        code("System.setProperty(\"tablebook.pwned\", \"yes\");"))));
    frames.set(1, "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
    Sockets.send(client.shell, frames);
    Message request = client.send(client.shell, KernelClient.request("execute_request",
        code("System.getProperty(\"tablebook.pwned\", \"no\")")));
    Message reply = client.replyTo(client.shell, request);
    assertEquals(request.id(), reply.parentHeader().path("msg_id").asText(), "the forged request got no reply");
    Message result = client.iopubFor(request).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
    assertEquals("no", result.get("data").path("text/plain").asText());
    assertNull(System.getProperty("tablebook.pwned"));
  }

  @Test
  void completeInspectAndIsComplete() {
    ObjectNode complete = KernelClient.content().put("code", "Math.ma").put("cursor_pos", 7);
    Message completeRequest = client.send(client.shell, KernelClient.request("complete_request", complete));
    Message reply = client.replyTo(client.shell, completeRequest);
    assertTrue(reply.get("matches").toString().contains("max("), reply.content().toString());
    assertEquals(5, reply.get("cursor_start").asInt());
    ObjectNode inspect = KernelClient.content().put("code", "Math.max(1, 2)").put("cursor_pos", 6).put("detail_level", 0);
    Message inspectRequest = client.send(client.shell, KernelClient.request("inspect_request", inspect));
    Message inspected = client.replyTo(client.shell, inspectRequest);
    assertTrue(inspected.get("found").asBoolean());
    assertTrue(inspected.get("data").path("text/plain").asText().contains("Math.max"));
    Message isCompleteRequest = client.send(client.shell, KernelClient.request("is_complete_request", KernelClient.content().put("code", "for (;;) {")));
    Message incomplete = client.replyTo(client.shell, isCompleteRequest);
    assertEquals("incomplete", incomplete.get("status").asText());
  }

  @Test
  void historyTailRangeAndSearch() {
    Message request = client.send(client.shell, KernelClient.request("execute_request", code("int remembered = 12;")));
    client.replyTo(client.shell, request);
    client.iopubFor(request);
    Message tailRequest = client.send(client.shell, KernelClient.request("history_request",
        KernelClient.content().put("hist_access_type", "tail").put("n", 1).put("output", false).put("raw", true)));
    Message tail = client.replyTo(client.shell, tailRequest);
    assertEquals("int remembered = 12;", tail.get("history").get(0).get(2).asText());
    Message searchRequest = client.send(client.shell, KernelClient.request("history_request", KernelClient.content()
        .put("hist_access_type", "search").put("pattern", "int remem*").put("n", 5).put("unique", true)));
    assertEquals(1, client.replyTo(client.shell, searchRequest).get("history").size());
    Message rangeRequest = client.send(client.shell, KernelClient.request("history_request", KernelClient.content()
        .put("hist_access_type", "range").put("session", 0).put("start", 1).put("stop", 0)));
    assertTrue(client.replyTo(client.shell, rangeRequest).get("history").size() >= 1);
  }

  @Test
  void commsWithoutTargetsAreClosedAndCommInfoAnswers() {
    Message commInfo = client.send(client.shell, KernelClient.request("comm_info_request", KernelClient.content()));
    assertEquals("comm_info_reply", client.replyTo(client.shell, commInfo).type());
    Message open = client.send(client.shell, KernelClient.request("comm_open",
        KernelClient.content().put("comm_id", "c1").put("target_name", "nowhere")));
    assertTrue(client.iopubFor(open).stream().anyMatch(m -> m.type().equals("comm_close")
        && m.get("comm_id").asText().equals("c1")));
  }

  @Test
  void anInterruptOnControlStopsARunningCell() {
    Message request = client.send(client.shell, KernelClient.request("execute_request",
        code("System.out.println(\"spinning\");\nwhile (true) { }")));
    while (true) {
      Message message = client.receive(client.iopub);
      if (message.type().equals("stream") && message.parentHeader().path("msg_id").asText().equals(request.id())) {
        break;
      }
    }
    Message interrupt = client.send(client.control, KernelClient.request("interrupt_request", KernelClient.content()));
    assertEquals("interrupt_reply", client.replyTo(client.control, interrupt).type());
    Message reply = client.replyTo(client.shell, request);
    assertEquals("error", reply.get("status").asText());
    assertEquals("InterruptedException", reply.get("ename").asText());
  }

  @Test
  void theHeartbeatEchoes() {
    client.heartbeat.send("ping".getBytes(StandardCharsets.UTF_8), 0);
    assertEquals("ping", new String(client.heartbeat.recv(0), StandardCharsets.UTF_8));
  }

  @Test
  void silentCellsPublishNothingAndKeepTheCount() {
    Message before = client.send(client.shell, KernelClient.request("execute_request", code("1")));
    int count = client.replyTo(client.shell, before).get("execution_count").asInt();
    client.iopubFor(before);
    ObjectNode silent = code("System.out.println(\"quiet\"); 2");
    silent.put("silent", true);
    Message request = client.send(client.shell, KernelClient.request("execute_request", silent));
    Message reply = client.replyTo(client.shell, request);
    assertEquals(count, reply.get("execution_count").asInt());
    assertEquals(List.of("status:busy", "status:idle"), types(client.iopubFor(request)));
  }

  @Test
  void userExpressionsAreEvaluatedAfterTheCell() {
    ObjectNode content = code("int base = 40;");
    content.putObject("user_expressions").put("sum", "base + 2").put("bad", "nope +");
    Message withExpressions = client.send(client.shell, KernelClient.request("execute_request", content));
    Message reply = client.replyTo(client.shell, withExpressions);
    assertEquals("42", reply.get("user_expressions").path("sum").path("data").path("text/plain").asText());
    assertEquals("error", reply.get("user_expressions").path("bad").path("status").asText());
  }

  @Test
  void aCellAsksForInputOnStdin() {
    ObjectNode content = code("new java.util.Scanner(System.in).nextLine().toUpperCase()");
    content.put("allow_stdin", true);
    Message request = client.send(client.shell, KernelClient.request("execute_request", content));
    Message ask = client.receive(client.stdin);
    assertEquals("input_request", ask.type());
    assertEquals(request.id(), ask.parentHeader().path("msg_id").asText());
    client.send(client.stdin, KernelClient.request("input_reply", KernelClient.content().put("value", "ada")));
    assertEquals("ok", client.replyTo(client.shell, request).get("status").asText());
    Message result = client.iopubFor(request).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
    assertEquals("ADA", result.get("data").path("text/plain").asText());
  }

  @Test
  void readingInputWithoutAllowStdinIsAClearError() {
    Message noStdin = client.send(client.shell, KernelClient.request("execute_request", code("new java.util.Scanner(System.in).nextLine()")));
    Message reply = client.replyTo(client.shell, noStdin);
    assertEquals("error", reply.get("status").asText());
    assertTrue(reply.get("evalue").asText().contains("allow_stdin is false"), reply.content().toString());
  }

  @Test
  void afterAnErrorQueuedCellsAreAborted() {
    Message failing = client.send(client.shell, KernelClient.request("execute_request", code("throw new RuntimeException(\"first fails\");")));
    Message queued = client.send(client.shell, KernelClient.request("execute_request", code("System.out.println(\"never\");")));
    assertEquals("error", client.replyTo(client.shell, failing).get("status").asText());
    Message aborted = client.replyTo(client.shell, queued);
    assertEquals(queued.id(), aborted.parentHeader().path("msg_id").asText());
    assertEquals("aborted", aborted.get("status").asText());
  }

  @Test
  void unknownMessageTypesAreIgnoredAndTheKernelGoesOn() {
    client.send(client.shell, KernelClient.request("frobnicate_request", KernelClient.content().put("x", 1)));
    client.send(client.control, KernelClient.request("debug_request", KernelClient.content()));
    Message request = client.send(client.control, KernelClient.request("kernel_info_request", KernelClient.content()));
    Message reply = client.replyTo(client.control, request);
    assertEquals(request.id(), reply.parentHeader().path("msg_id").asText());
  }
}
