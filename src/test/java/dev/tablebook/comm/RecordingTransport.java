package dev.tablebook.comm;

import java.util.ArrayList;
import java.util.List;

/** A transport that records what would go to the front end, for tests: one line per message, in order. */
public final class RecordingTransport implements CommTransport {
  /** One message sent: {@code kind} is open, msg or close. */
  public record Sent(String kind, String commId, String target, CommMessage message) { }

  private final List<Sent> sent = new ArrayList<>();
  private int ids;

  @Override
  public synchronized String newId() {
    return "c" + ++ids;
  }

  @Override
  public synchronized void open(String commId, String targetName, CommMessage message) {
    sent.add(new Sent("open", commId, targetName, message));
  }

  @Override
  public synchronized void send(String commId, CommMessage message) {
    sent.add(new Sent("msg", commId, null, message));
  }

  @Override
  public synchronized void close(String commId, CommMessage message) {
    sent.add(new Sent("close", commId, null, message));
  }

  /** What was sent, oldest first. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** Forgets what was sent. */
  public synchronized void clear() {
    sent.clear();
  }
}
