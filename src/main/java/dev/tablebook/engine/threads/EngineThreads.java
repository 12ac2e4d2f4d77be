package dev.tablebook.engine.threads;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The engine's own threads (clocks, output flushers, downloads): daemons in a thread group of
 * their own under the JVM's root group, whichever thread first needs one. A thread created from a
 * cell's thread would otherwise join JShell's group of user-code threads, which a stop ends.
 */
public final class EngineThreads {
  private static final ThreadGroup GROUP = new ThreadGroup(root(), "tablebook");

  private EngineThreads() {}

  /** A daemon thread, not yet started, in the engine's group. */
  public static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(GROUP, body, name);
    thread.setDaemon(true);
    return thread;
  }

  /** A single-threaded scheduler whose thread is one of {@link #daemon}'s. */
  public static ScheduledExecutorService scheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(run -> daemon(name, run));
  }

  private static ThreadGroup root() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
  }
}
