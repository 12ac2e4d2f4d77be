package dev.tablebook.comm;

/**
 * What a front end's {@code comm_open} for a registered target name reaches: it gets the new comm
 * (set its handlers there) and the opening message.
 *
 * @since 0.4
 */
@FunctionalInterface
public interface CommTarget {

  /** Called once when a front end opens {@code comm} to this target. */
  void opened(Comm comm, CommMessage message);
}
