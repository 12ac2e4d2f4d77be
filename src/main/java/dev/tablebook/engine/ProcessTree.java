package dev.tablebook.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Kills a process and every process it started, and waits (briefly) until they are gone. */
final class ProcessTree {
  private static final long WAIT_MS = 5000;

  private ProcessTree() {}

  /**
   * Kills {@code root} and its descendants. Each process's children are listed before it is killed,
   * so none of them escapes by being handed to another parent when its own parent dies.
   */
  static void kill(ProcessHandle root) {
    List<ProcessHandle> killed = new ArrayList<>();
    List<ProcessHandle> next = new ArrayList<>(List.of(root));
    while (!next.isEmpty()) {
      ProcessHandle process = next.remove(next.size() - 1);
      List<ProcessHandle> children = process.children().toList();
      process.destroyForcibly();
      killed.add(process);
      next.addAll(children);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    for (ProcessHandle process : killed) {
      try {
        process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        return; // a kill signal cannot be refused: it will be gone soon, the cell need not wait for it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
