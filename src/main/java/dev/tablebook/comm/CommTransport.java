package dev.tablebook.comm;

import java.util.UUID;

/**
 * How comms opened in this process reach a front end: the kernel sends them on IOPub, the headless
 * runner records them (widget state for the notebook's metadata). Connected with
 * {@link CommHub#connect}; sends may come from any thread.
 *
 * @since 0.4
 */
public interface CommTransport {

  /** A new comm id, unique in this session (the runner makes them repeatable, so saved notebooks do not change). */
  default String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** Sends {@code comm_open} for a comm this process opens. */
  void open(String commId, String targetName, CommMessage message);

  /** Sends {@code comm_msg}. */
  void send(String commId, CommMessage message);

  /** Sends {@code comm_close}. */
  void close(String commId, CommMessage message);
}
