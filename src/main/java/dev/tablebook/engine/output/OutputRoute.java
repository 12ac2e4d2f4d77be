package dev.tablebook.engine.output;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Which cell the output printed now belongs to, for one engine (one notebook). The rule: output
 * printed while a cell runs belongs to that cell, whatever thread prints it; output printed when no
 * cell runs goes to the last cell that ran (as ipykernel does).
 *
 * <p>A thread belongs to the engine that started it (the engine's cell thread and every thread
 * started from it, at any depth). A thread that no engine started — the JVM's common fork-join
 * pool, whose workers serve every notebook in the JVM, or a library's own thread — belongs to the
 * engine when the JVM has exactly one (the kernel, a single {@code run}); with several, its output
 * goes to the process's own streams rather than into a notebook that may not be its own. So does a
 * thread whose engine was closed.
 */
public final class OutputRoute implements AutoCloseable {
  private static final InheritableThreadLocal<OutputRoute> OWNER = new InheritableThreadLocal<>();
  private static final Set<OutputRoute> OPEN = ConcurrentHashMap.newKeySet();
  private static final InheritableThreadLocal<Pin> PINNED = new InheritableThreadLocal<>();

  /** A thread whose output may reach only {@code cell}, while it runs. */
  private record Pin(CellContext cell) {}

  private volatile CellContext target;
  private volatile boolean cellRunning;

  public OutputRoute() {
    OPEN.add(this);
  }

  /** How many engines of this JVM are open (the rule for threads no engine started depends on it). */
  static int openCount() {
    return OPEN.size();
  }

  /** The context output from the calling thread goes to, or {@code null}: the process's own streams. */
  public static CellContext current() {
    Pin pin = PINNED.get();
    if (pin != null) {
      return pin.cell() != null && pin.cell().isRunning() ? pin.cell() : null;
    }
    OutputRoute route = ofThisThread();
    return route == null ? null : route.target;
  }

  private static OutputRoute ofThisThread() {
    Thread thread = Thread.currentThread();
    boolean shared = thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool();
    OutputRoute owner = shared ? null : OWNER.get();
    if (owner != null) {
      return OPEN.contains(owner) ? owner : null; // a thread that outlived its notebook prints to the process
    }
    if (OPEN.size() == 1) {
      for (OutputRoute only : OPEN) {
        return only;
      }
    }
    return null;
  }

  /**
   * The calling thread (and the threads it starts) prints into {@code cell} while that cell runs, and
   * to the process's own streams after it ended: for engine work a cell may leave behind, whose late
   * output must not reach a later cell.
   */
  public static void pinTo(CellContext cell) {
    PINNED.set(new Pin(cell));
  }

  /**
   * From now on output goes to {@code cell}, which runs on the calling thread: until {@link #leave},
   * that thread and the threads it starts (JShell's user-code threads among them) belong to this engine.
   */
  public void enter(CellContext cell) {
    target = cell;
    cellRunning = true;
    OWNER.set(this);
  }

  /** The context output goes to now: the running cell's, or between cells the last one's. */
  public CellContext target() {
    return target;
  }

  /**
   * Between cells, sends what is printed to {@code cell} again: after work run as a cell runs that is not a cell
   * (the debugger's view of a variable), so the last cell's threads still print into the last cell.
   */
  public void resume(CellContext cell) {
    if (!cellRunning) {
      target = cell;
    }
  }

  /** The running cell has ended; its context keeps receiving what is printed until the next cell. */
  public void leave() {
    cellRunning = false;
    OWNER.remove();
  }

  /** Whether {@code cell} is the cell running now (text printed after it ended is sent at once). */
  boolean isRunning(CellContext cell) {
    return cellRunning && target == cell;
  }

  @Override
  public void close() {
    OPEN.remove(this);
  }
}
