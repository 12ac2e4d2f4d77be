package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.kernel.wire.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel over real loopback sockets, driven by a small Java client that filters nothing: each
 * test reads the next message on a socket and checks itself that it answers its request, and after
 * each test nothing may be left unread (no duplicate reply, no output under the wrong parent).
 */
class KernelTest {
  @TempDir static Path dir;
  static KernelClient client;
  static Kernel kernel;

  @BeforeAll
  static void start() throws Exception {
    client = new KernelClient();
    kernel = Kernel.start(client.anyPorts(), EngineOptions.defaults(), dir.resolve("history.jsonl"));
    client.connect(kernel);
    client.awaitIopub();
  }

  @AfterEach
  void nothingIsLeftUnread() {
    List<Message> unread = client.unread(300);
    assertEquals(List.of(), unread.stream().map(m -> m.type() + " (parent " + parentId(m) + ")").toList(),
        "messages nobody asked for");
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

  private static String parentId(Message message) {
    return message.parentHeader().path("msg_id").asText();
  }

  /** The next message on {@code socket}, which must be the reply to {@code request}. */
  private static Message reply(org.zeromq.ZMQ.Socket socket, Message request) {
    Message reply = client.receive(socket);
    assertEquals(request.id(), parentId(reply), "the next message on the socket answers " + request.type()
        + ", not " + reply.type());
    return reply;
  }

  /** The IOPub messages up to the idle status of {@code request}, each of which must have it as parent. */
  private static List<Message> iopub(Message request) {
    List<Message> messages = client.iopubUntilIdle(request);
    for (Message message : messages) {
      assertEquals(request.id(), parentId(message), () -> message.type() + " on IOPub belongs to " + request.type() + ": " + message.content());
    }
    return messages;
  }

  private static List<String> types(List<Message> messages) {
    return messages.stream().map(m -> m.type() + (m.type().equals("status") ? ":" + m.get("execution_state").asText() : "")).toList();
  }

  @Test
  void kernelInfoDescribesJava() {
    Message request = client.send(client.shell, KernelClient.request("kernel_info_request", KernelClient.content()));
    Message reply = reply(client.shell, request);
    assertEquals("kernel_info_reply", reply.type());
    assertEquals(request.id(), reply.parentHeader().path("msg_id").asText());
    assertEquals("tablebook", reply.get("implementation").asText());
    JsonNode language = reply.get("language_info");
    assertEquals("java", language.path("name").asText());
    assertEquals("text/x-java", language.path("mimetype").asText());
    assertEquals(".java", language.path("file_extension").asText());
    assertEquals("java", language.path("codemirror_mode").asText());
    assertEquals("java", language.path("pygments_lexer").asText());
    assertEquals("script", language.path("nbconvert_exporter").asText());
    Runtime.Version runtime = Runtime.version();
    assertEquals(runtime.feature() + "." + runtime.interim() + "." + runtime.update(), language.path("version").asText(),
        "a bare version, as front ends compare it");
    assertTrue(language.path("version").asText().matches("\\d+\\.\\d+\\.\\d+"), language.toString());
    assertEquals(List.of("status:busy", "status:idle"), types(iopub(request)));
  }

  @Test
  void executeFollowsTheProtocolOrder() {
    Message request = client.send(client.shell, KernelClient.request("execute_request",
        code("System.out.println(\"hello\");\n6 * 7")));
    Message reply = reply(client.shell, request);
    assertEquals("ok", reply.get("status").asText());
    int count = reply.get("execution_count").asInt();
    List<Message> iopub = iopub(request);
    assertEquals(List.of("status:busy", "execute_input", "stream", "execute_result", "status:idle"), types(iopub));
    assertEquals("System.out.println(\"hello\");\n6 * 7", iopub.get(1).get("code").asText());
    assertEquals("hello\n", iopub.get(2).get("text").asText());
    assertEquals("42", iopub.get(3).get("data").path("text/plain").asText());
    assertEquals(count, iopub.get(3).get("execution_count").asInt());
  }

  @Test
  void aFailingCellSendsExactlyOneError() {
    Message request = client.send(client.shell, KernelClient.request("execute_request", code("int x = 1 / 0;")));
    Message reply = reply(client.shell, request);
    assertEquals("error", reply.get("status").asText());
    assertEquals("java.lang.ArithmeticException", reply.get("ename").asText());
    List<Message> iopub = iopub(request);
    assertEquals(1, iopub.stream().filter(m -> m.type().equals("error")).count());
  }

  @Test
  void aTableIsDisplayedAsHtml() {
    Message request = client.send(client.shell, KernelClient.request("execute_request", code("display(ArticleFacts.events())")));
    reply(client.shell, request);
    Message display = iopub(request).stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow();
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
    reply(client.shell, request); // the next reply answers this request: the forged one got none
    Message result = iopub(request).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
    assertEquals("no", result.get("data").path("text/plain").asText());
    assertNull(System.getProperty("tablebook.pwned"));
  }

  @Test
  void completeInspectAndIsComplete() {
    ObjectNode complete = KernelClient.content().put("code", "Math.ma").put("cursor_pos", 7);
    Message completeRequest = client.send(client.shell, KernelClient.request("complete_request", complete));
    Message reply = reply(client.shell, completeRequest);
    assertTrue(reply.get("matches").toString().contains("max("), reply.content().toString());
    assertEquals(5, reply.get("cursor_start").asInt());
    iopub(completeRequest);
    ObjectNode inspect = KernelClient.content().put("code", "Math.max(1, 2)").put("cursor_pos", 6).put("detail_level", 0);
    Message inspectRequest = client.send(client.shell, KernelClient.request("inspect_request", inspect));
    Message inspected = reply(client.shell, inspectRequest);
    assertTrue(inspected.get("found").asBoolean());
    assertTrue(inspected.get("data").path("text/plain").asText().contains("Math.max"));
    iopub(inspectRequest);
    ObjectNode detailed = KernelClient.content().put("code", "ArticleFacts").put("cursor_pos", 3).put("detail_level", 1);
    Message detailedRequest = client.send(client.shell, KernelClient.request("inspect_request", detailed));
    String javadoc = reply(client.shell, detailedRequest).get("data").path("text/plain").asText();
    assertTrue(javadoc.contains("every call returns a fresh copy") && javadoc.contains("Since:"), javadoc);
    iopub(detailedRequest);
    ObjectNode summary = detailed.deepCopy().put("detail_level", 0);
    Message summaryRequest = client.send(client.shell, KernelClient.request("inspect_request", summary));
    String brief = reply(client.shell, summaryRequest).get("data").path("text/plain").asText();
    assertTrue(brief.endsWith("for notebook cells: ArticleFacts.tradeTotals()."), brief);
    iopub(summaryRequest);
    Message isCompleteRequest = client.send(client.shell, KernelClient.request("is_complete_request", KernelClient.content().put("code", "for (;;) {")));
    Message incomplete = reply(client.shell, isCompleteRequest);
    assertEquals("incomplete", incomplete.get("status").asText());
    iopub(isCompleteRequest);
  }

  @Test
  void historyTailRangeAndSearch() {
    Message request = client.send(client.shell, KernelClient.request("execute_request", code("int remembered = 12;")));
    reply(client.shell, request);
    iopub(request);
    Message tailRequest = client.send(client.shell, KernelClient.request("history_request",
        KernelClient.content().put("hist_access_type", "tail").put("n", 1).put("output", false).put("raw", true)));
    Message tail = reply(client.shell, tailRequest);
    assertEquals("int remembered = 12;", tail.get("history").get(0).get(2).asText());
    iopub(tailRequest);
    Message searchRequest = client.send(client.shell, KernelClient.request("history_request", KernelClient.content()
        .put("hist_access_type", "search").put("pattern", "int remem*").put("n", 5).put("unique", true)));
    assertEquals(1, reply(client.shell, searchRequest).get("history").size());
    iopub(searchRequest);
    Message rangeRequest = client.send(client.shell, KernelClient.request("history_request", KernelClient.content()
        .put("hist_access_type", "range").put("session", 0).put("start", 1).put("stop", 0)));
    assertTrue(reply(client.shell, rangeRequest).get("history").size() >= 1);
    iopub(rangeRequest);
  }

  @Test
  void commsWithoutTargetsAreClosedAndCommInfoAnswers() {
    Message commInfo = client.send(client.shell, KernelClient.request("comm_info_request", KernelClient.content()));
    assertEquals("comm_info_reply", reply(client.shell, commInfo).type());
    iopub(commInfo);
    Message open = client.send(client.shell, KernelClient.request("comm_open",
        KernelClient.content().put("comm_id", "c1").put("target_name", "nowhere")));
    assertTrue(iopub(open).stream().anyMatch(m -> m.type().equals("comm_close")
        && m.get("comm_id").asText().equals("c1")));
  }

  @Test
  void anInterruptOnControlStopsARunningCell() {
    Message request = client.send(client.shell, KernelClient.request("execute_request",
        code("System.out.println(\"spinning\");\nwhile (true) { }")));
    Message message;
    do {
      message = client.receive(client.iopub);
      assertEquals(request.id(), parentId(message), message.type());
    } while (!message.type().equals("stream"));
    Message interrupt = client.send(client.control, KernelClient.request("interrupt_request", KernelClient.content()));
    assertEquals("interrupt_reply", reply(client.control, interrupt).type());
    Message reply = reply(client.shell, request);
    assertEquals("error", reply.get("status").asText());
    assertEquals("InterruptedException", reply.get("ename").asText());
    iopub(request);
  }

  @Test
  void theHeartbeatEchoes() {
    client.heartbeat.send("ping".getBytes(StandardCharsets.UTF_8), 0);
    assertEquals("ping", new String(client.heartbeat.recv(0), StandardCharsets.UTF_8));
  }

  @Test
  void silentCellsPublishNothingAndKeepTheCount() {
    Message before = client.send(client.shell, KernelClient.request("execute_request", code("1")));
    int count = reply(client.shell, before).get("execution_count").asInt();
    iopub(before);
    ObjectNode silent = code("System.out.println(\"quiet\"); 2");
    silent.put("silent", true);
    Message request = client.send(client.shell, KernelClient.request("execute_request", silent));
    Message reply = reply(client.shell, request);
    assertEquals(count, reply.get("execution_count").asInt());
    assertEquals(List.of("status:busy", "status:idle"), types(iopub(request)));
  }

  @Test
  void userExpressionsAreEvaluatedAfterTheCell() {
    ObjectNode content = code("int base = 40;");
    content.putObject("user_expressions").put("sum", "base + 2").put("bad", "nope +");
    Message withExpressions = client.send(client.shell, KernelClient.request("execute_request", content));
    Message reply = reply(client.shell, withExpressions);
    assertEquals("42", reply.get("user_expressions").path("sum").path("data").path("text/plain").asText());
    assertEquals("error", reply.get("user_expressions").path("bad").path("status").asText());
    iopub(withExpressions);
  }

  @Test
  void aCellAsksForInputOnStdin() {
    ObjectNode content = code("new java.util.Scanner(System.in).nextLine().toUpperCase()");
    content.put("allow_stdin", true);
    Message request = client.send(client.shell, KernelClient.request("execute_request", content));
    Message ask = client.receive(client.stdin);
    assertEquals("input_request", ask.type());
    assertEquals(request.id(), ask.parentHeader().path("msg_id").asText());
    // A late answer to some earlier prompt comes first: it is not this prompt's answer.
    Message earlier = KernelClient.request("input_request", KernelClient.content());
    client.send(client.stdin, KernelClient.answer(earlier, "input_reply", KernelClient.content().put("value", "mallory")));
    client.send(client.stdin, KernelClient.answer(ask, "input_reply", KernelClient.content().put("value", "ada")));
    assertEquals("ok", reply(client.shell, request).get("status").asText());
    Message result = iopub(request).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
    assertEquals("ADA", result.get("data").path("text/plain").asText());
  }

  @Test
  void anInputReplyWithoutParentIsTakenAsJupyterClientSendsIt() {
    ObjectNode content = code("new java.util.Scanner(System.in).nextLine().length()");
    content.put("allow_stdin", true);
    Message request = client.send(client.shell, KernelClient.request("execute_request", content));
    assertEquals("input_request", client.receive(client.stdin).type());
    client.send(client.stdin, KernelClient.request("input_reply", KernelClient.content().put("value", "grace")));
    assertEquals("ok", reply(client.shell, request).get("status").asText());
    Message result = iopub(request).stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
    assertEquals("5", result.get("data").path("text/plain").asText());
  }

  @Test
  void readingInputWithoutAllowStdinIsAClearError() {
    Message noStdin = client.send(client.shell, KernelClient.request("execute_request", code("new java.util.Scanner(System.in).nextLine()")));
    Message reply = reply(client.shell, noStdin);
    assertEquals("error", reply.get("status").asText());
    assertTrue(reply.get("evalue").asText().contains("allow_stdin is false"), reply.content().toString());
    iopub(noStdin);
  }

  @Test
  void afterAnErrorQueuedCellsAreAborted() {
    Message failing = client.send(client.shell, KernelClient.request("execute_request", code("throw new RuntimeException(\"first fails\");")));
    Message queued = client.send(client.shell, KernelClient.request("execute_request", code("System.out.println(\"never\");")));
    assertEquals("error", reply(client.shell, failing).get("status").asText());
    Message aborted = reply(client.shell, queued);
    assertEquals("aborted", aborted.get("status").asText());
    assertFalse(aborted.content().has("execution_count"), "an aborted cell never ran: JupyterLab would show the failed cell's count on it");
    assertEquals(1, iopub(failing).stream().filter(m -> m.type().equals("error")).count());
    assertEquals(List.of("status:busy", "status:idle"), types(iopub(queued)));
  }

  @Test
  void unknownMessageTypesAreIgnoredAndTheKernelGoesOn() {
    Message unknown = client.send(client.shell, KernelClient.request("frobnicate_request", KernelClient.content().put("x", 1)));
    Message onControl = client.send(client.control, KernelClient.request("frobnicate_control_request", KernelClient.content()));
    Message request = client.send(client.control, KernelClient.request("kernel_info_request", KernelClient.content()));
    assertEquals("kernel_info_reply", reply(client.control, request).type());
    // Each is busy then idle on IOPub (shell and control interleave), and nothing else.
    java.util.Set<String> ids = java.util.Set.of(unknown.id(), onControl.id(), request.id());
    java.util.Set<String> idle = new java.util.HashSet<>();
    while (idle.size() < ids.size()) {
      Message message = client.receive(client.iopub);
      assertTrue(ids.contains(parentId(message)), message.type() + " under an unknown parent: " + message.content());
      assertEquals("status", message.type());
      if (message.get("execution_state").asText().equals("idle")) {
        idle.add(parentId(message));
      }
    }
  }
}
