package dev.tablebook.comm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommHubTest {
  private final CommHub hub = new CommHub();
  private final RecordingTransport transport = new RecordingTransport();

  CommHubTest() {
    hub.connect(transport);
  }

  @Test
  void opensSendsAndClosesFromTheKernelSide() {
    Comm comm = hub.open("t", CommMessage.of(Map.of("a", 1)));
    comm.send(Map.of("b", 2), List.of(new byte[] {7}));
    comm.close();
    comm.close();
    List<RecordingTransport.Sent> sent = transport.sent();
    assertEquals(List.of("open", "msg", "close"), sent.stream().map(RecordingTransport.Sent::kind).toList());
    assertEquals("t", sent.get(0).target());
    assertEquals(Map.of("b", 2), sent.get(1).message().data());
    assertEquals(7, sent.get(1).message().buffers().get(0)[0]);
    assertFalse(comm.isOpen());
    assertThrows(IllegalStateException.class, () -> comm.send(Map.of()));
    assertEquals(Map.of(), hub.openComms(null));
  }

  @Test
  void frontEndOpensToARegisteredTargetOnly() {
    List<Object> seen = new ArrayList<>();
    hub.register("mine", (comm, opening) -> {
      seen.add(opening.data());
      comm.onMessage(message -> seen.add(message.data())).onClose(message -> seen.add("closed"));
    });
    assertFalse(hub.opened("x1", "nobody", CommMessage.of(Map.of())));
    assertTrue(hub.opened("x2", "mine", CommMessage.of(Map.of("hello", 1))));
    assertEquals(Map.of("x2", "mine"), hub.openComms("mine"));
    assertEquals(Map.of(), hub.openComms("other"));
    assertTrue(hub.received("x2", CommMessage.of(Map.of("n", 2))));
    assertFalse(hub.received("nope", CommMessage.of(Map.of())));
    assertTrue(hub.closed("x2", CommMessage.of(Map.of())));
    assertFalse(hub.closed("x2", CommMessage.of(Map.of())));
    assertEquals(List.of(Map.of("hello", 1), Map.of("n", 2), "closed"), seen);
  }

  @Test
  void aTargetThatThrowsHasItsCommClosedAgain() {
    hub.register("bad", (comm, opening) -> {
      throw new IllegalStateException("no");
    });
    assertThrows(IllegalStateException.class, () -> hub.opened("x3", "bad", CommMessage.of(Map.of())));
    assertEquals(Map.of(), hub.openComms(null));
    assertEquals("close", transport.sent().get(0).kind());
  }
}
