package dev.tablebook.engine.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills a process and every process it started, and waits (briefly) until they are gone.
 *
 * <p>The deepest processes die first, while their parents still live to reap them: a process whose
 * parent was killed first stays a zombie until the system's first process reaps it, which in a
 * container can take a second or more.
 */
final class ProcessTree {
  private static final long WAIT_MS = 2000;
  private static final long POLL_MS = 5;

  private ProcessTree() {}

  /** Kills {@code root}'s descendants, deepest first, then {@code root}; waits at most {@value #WAIT_MS} ms in all. */
  static void kill(ProcessHandle root) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    for (int round = 0; round < 3 && root.isAlive(); round++) { // again: a parent may start more while its children die
      List<ProcessHandle> descendants = topDown(root);
      if (descendants.isEmpty()) {
        break;
      }
      for (int i = descendants.size() - 1; i >= 0; i--) {
        descendants.get(i).destroyForcibly();
      }
      descendants.forEach(process -> awaitExit(process, deadline));
    }
    List<ProcessHandle> left = topDown(root); // what a last-moment child left behind
    root.destroyForcibly();
    left.forEach(ProcessHandle::destroyForcibly);
    try {
      root.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // a kill signal cannot be refused: it will be gone soon, the cell need not wait for it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Kills every process of the process group {@code pgid} (on Linux), those that were reparented
   * after their parent died too, and waits at most {@value #WAIT_MS} ms until they are gone. Does
   * nothing where there is no {@code /proc}.
   */
  static void killGroup(long pgid) {
    if (pgid <= 1 || !Files.isDirectory(Path.of("/proc/self"))) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    for (int round = 0; round < 3; round++) { // again: a member may start more while it dies
      List<ProcessHandle> members = ProcessHandle.allProcesses().filter(p -> groupOf(p.pid()) == pgid).toList();
      if (members.isEmpty()) {
        return;
      }
      members.forEach(ProcessHandle::destroyForcibly);
      members.forEach(process -> awaitExit(process, deadline));
    }
  }

  /** The process group of {@code pid}, from {@code /proc/<pid>/stat}; -1 if it cannot be read. */
  private static long groupOf(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // state, ppid, pgrp, ...
      return Long.parseLong(fields[2]);
    } catch (IOException | RuntimeException e) {
      return -1; // gone, or not ours to read
    }
  }

  /** {@code root}'s descendants, each listed before its own children. */
  private static List<ProcessHandle> topDown(ProcessHandle root) {
    List<ProcessHandle> found = new ArrayList<>();
    List<ProcessHandle> parents = List.of(root);
    while (!parents.isEmpty()) {
      List<ProcessHandle> children = parents.stream().flatMap(ProcessHandle::children).toList();
      found.addAll(children);
      parents = children;
    }
    return found;
  }

  /** Polls, because the JDK's own wait for a process that is not our child backs off to a second or more. */
  private static void awaitExit(ProcessHandle process, long deadline) {
    try {
      while (process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(POLL_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
