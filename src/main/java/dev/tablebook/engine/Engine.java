package dev.tablebook.engine;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderers;
import dev.tablebook.engine.help.JavadocLookup;
import dev.tablebook.engine.magic.Magics;
import dev.tablebook.engine.maven.MavenMagics;
import dev.tablebook.engine.output.CellContext;
import dev.tablebook.engine.output.CellStreams;
import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputBudget;
import dev.tablebook.engine.output.OutputRoute;
import dev.tablebook.engine.output.OutputSink;
import dev.tablebook.engine.threads.EngineThreads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import jdk.jshell.VarSnippet;

/**
 * Evaluates notebook cells with JShell in this JVM, so cells share live objects with the toolkit,
 * and reports what they print, display and return through an {@link OutputSink}. One cell runs at a
 * time; {@link #interrupt()} may be called from any thread and reaches only the cell running then.
 *
 * <pre>{@code
 * try (Engine engine = Engine.start(EngineOptions.defaults())) {
 *   CellResult result = engine.execute(Engine.cellName(1), "int x = 6 * 7;\nx", output -> System.out.println(output));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class Engine implements AutoCloseable {
  /** How long a ready engine waits for a first cell before it initialises the rendered types. */
  private static final long IDLE_MS = 300;
  /** How long an inspection waits for a library's sources jar to download, the first time. */
  static final long SOURCES_WAIT_MS = 5_000;

  private final EngineOptions options;
  private final ReentrantLock executing = new ReentrantLock();
  /** The longest a debugger's rich view of one variable may take to render. */
  static final Duration RENDER_LIMIT = Duration.ofSeconds(2);
  private final Magics magics;
  private final MavenMagics maven = new MavenMagics(SOURCES_WAIT_MS);
  private final JavadocLookup javadoc = new JavadocLookup(maven::findSources);
  private final OutputRoute route = new OutputRoute();
  private final CompletableFuture<JShellSession> session;
  /** Guards {@link #running}, {@link #runningRequest} and {@link #interruptedRequest}, which change together. */
  private final Object interruptLock = new Object();
  private volatile Invocation running; // written under interruptLock, read anywhere
  private Object runningRequest;
  /** A request interrupted before its cell began: its cell is stopped as it starts (see {@link #interrupt(Object)}). */
  private Object interruptedRequest;
  private final AtomicBoolean renderedTypesStarted = new AtomicBoolean();
  /** Requests waiting for or running in the session: the editing warm-up leaves the cores to them. */
  private final AtomicInteger requests = new AtomicInteger();
  /** When a request last ended ({@link System#nanoTime()}). */
  private volatile long lastRequest = System.nanoTime();
  private CompletableFuture<Void> editingWarmUp; // guarded by this
  private final AtomicBoolean edited = new AtomicBoolean();
  private volatile boolean closed;
  /** Called after each step of the editing warm-up, on its thread (tests hold it there). */
  volatile Runnable afterWarmUpStep = () -> { };

  private Engine(EngineOptions options) {
    this.options = options;
    this.session = warmUp(); // first: JShell's start is the long pole, the rest overlaps with it
    this.magics = Magics.builtIn(maven.magics(), MavenMagics.aliases());
    CompletableFuture.runAsync(Renderers::global); // loads the renderers on the other core meanwhile
    // Initialising what they render competes with JShell's warm-up and with the first cell for the
    // cores: do it once JShell is ready and no cell has come within IDLE_MS, or when the first cell ends.
    session.thenRun(() -> CompletableFuture.delayedExecutor(IDLE_MS, TimeUnit.MILLISECONDS).execute(() -> {
      if (running == null) {
        initialiseRenderedTypesOnce();
      }
    }));
  }

  private void initialiseRenderedTypesOnce() {
    if (renderedTypesStarted.compareAndSet(false, true)) {
      CompletableFuture.runAsync(Engine::initialiseRenderedTypes);
    }
  }

  /**
   * Loads the renderers and initialises the types they render, so the first cell that shows one does
   * not pay for it (Tablesaw's {@code Table} scans the class path when initialised: about half a second).
   */
  private static void initialiseRenderedTypes() {
    for (var renderer : Renderers.global().all()) {
      try {
        Class.forName(renderer.type().getName(), true, renderer.type().getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // the type will fail, and say why, when a cell uses it
      }
    }
  }

  /**
   * The process's standard error as it was before any engine routed {@code System.err} into cells:
   * for the logs of a kernel or runner, which must never land in a cell.
   */
  public static java.io.PrintStream processStderr() {
    return CellStreams.processErr();
  }

  /** Starts an engine; JShell warms up in the background and the first call waits for it. */
  public static Engine start(EngineOptions options) {
    return new Engine(options);
  }

  /** The magics of this engine, to add your own. */
  public Magics magics() {
    return magics;
  }

  /**
   * Every Maven artifact that {@code %maven} or {@code %loadFromPOM} resolved in this engine
   * ({@code group:artifact:extension[:classifier]:version}), in order: record it to repeat a run exactly.
   */
  public List<String> resolvedArtifacts() {
    return maven.resolvedArtifacts();
  }

  /**
   * The files this engine's cells depend on beyond their code, as far as it knows: the jars and class
   * folders added to the class path ({@code %maven}, {@code %jars}, {@code %classpath},
   * {@code %%loadFromPOM}) and the files {@code %load} ran; absolute, in the order first used. Not the
   * files cells' own code opens.
   */
  public List<Path> inputs() {
    JShellSession current = session();
    List<Path> inputs = new ArrayList<>();
    synchronized (current.addedClassPath) {
      inputs.addAll(current.addedClassPath);
    }
    synchronized (current.readFiles) {
      inputs.addAll(current.readFiles);
    }
    return inputs;
  }

  /** Waits until JShell is ready (useful to measure start-up; every other call waits anyway). */
  public Engine awaitReady() {
    session();
    return this;
  }

  /**
   * The name errors give the cell run with {@code executionCount}: {@code In [3]}, as the front end
   * shows it beside the cell. The kernel and the runner both name cells so, so an error reads the
   * same wherever the notebook ran ({@code In [3], line 2, column 5: ...}).
   */
  public static String cellName(int executionCount) {
    return "In [" + executionCount + "]";
  }

  /**
   * Runs {@code code} as the cell named {@code cellName} (used in errors; see {@link #cellName(int)}), sending
   * every output to {@code sink} as it happens, and returns how the cell ended.
   */
  public CellResult execute(String cellName, String code, OutputSink sink) {
    return execute(cellName, code, sink, null);
  }

  /**
   * As {@link #execute(String, String, OutputSink)}, stopping the cell when it runs longer than
   * {@code timeout} (null: no limit); the clock starts when the cell does, not while JShell warms up.
   * Whatever the cell does (an Error, a stream it closes, output from its threads), this returns a
   * result and the engine takes the next cell.
   */
  public CellResult execute(String cellName, String code, OutputSink sink, Duration timeout) {
    return execute(cellName, code, sink, timeout, null);
  }

  /**
   * As {@link #execute(String, String, OutputSink, Duration)}, for the front end's {@code request} (any
   * object that is this request's alone, such as its message): {@link #interrupt(Object)} with it stops
   * this cell even when it comes before the cell has begun.
   */
  public CellResult execute(String cellName, String code, OutputSink sink, Duration timeout, Object request) {
    return asRequest(() -> executeNow(cellName, code, sink, timeout, request));
  }

  private CellResult executeNow(String cellName, String code, OutputSink sink, Duration timeout, Object request) {
    return runInvocation(cellName, sink, timeout, request, (current, context, invocation) -> {
      CellRunner runner = new CellRunner(current, context, magics, cellName, options.workingDirectory(), invocation);
      context.host(runner);
      CellResult.Status status = runner.runCell(code);
      return new Ran(status, runner.error());
    });
  }

  /**
   * Runs {@code work} as a cell's code runs, for code a front end's message calls into between cells (a
   * comm handler, a widget's observer): alone in the session, on JShell's user-code thread, its output
   * to {@code sink}, stopped by {@link #interrupt(Object)} with {@code request}; what it throws becomes
   * the result's error (also sent to {@code sink}), with the cell lines of its stack trace.
   *
   * @since 0.4
   */
  public CellResult call(String name, Runnable work, OutputSink sink, Object request) {
    return asRequest(() -> runInvocation(name, sink, null, request,
        (current, context, invocation) -> CallbackRunner.run(current, work, context, invocation, name)));
  }

  /** What one invocation's body reports. */
  record Ran(CellResult.Status status, Optional<Output.Error> error) { }

  /** The body of one invocation: runs in {@code context}, stoppable through {@code invocation}. */
  @FunctionalInterface
  interface Body {
    Ran run(JShellSession session, CellContext context, Invocation invocation);
  }

  private CellResult runInvocation(String name, OutputSink sink, Duration timeout, Object request, Body body) {
    CellStreams.install(); // again: the previous cell may have closed or replaced System.out
    CellContext context = new CellContext(sink, route, options.maxCellOutputBytes());
    route.enter(context);
    Invocation invocation = new Invocation(this::stopUserCode);
    synchronized (interruptLock) {
      running = invocation; // from here an interrupt counts, even while JShell is still warming up
      runningRequest = request;
      if (request != null && request == interruptedRequest) {
        interruptedRequest = null;
        invocation.stop(Invocation.Reason.INTERRUPT); // it was interrupted on its way here
      }
    }
    long start = System.nanoTime();
    Ran ran;
    try {
      JShellSession current = session();
      if (timeout != null) {
        invocation.limitTo(timeout.toMillis());
      }
      StageTimes.mark("engine-enter");
      ran = body.run(current, context, invocation);
    } catch (Throwable e) {
      Output.Error error = OutputBudget.bounded(new Output.Error(e.getClass().getName(), String.valueOf(e.getMessage()),
          List.of("The engine failed to run " + name + ": " + e)));
      context.emit(error);
      return new CellResult(CellResult.Status.ERROR, Optional.of(error), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      invocation.finish(); // no stop of this cell can reach any code from here on
      synchronized (interruptLock) {
        running = null;
        runningRequest = null;
      }
      initialiseRenderedTypesOnce();
      context.flush();
      route.leave();
      StageTimes.mark("engine-finish");
    }
    return new CellResult(ran.status(), ran.error(), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Stops the cell that is running now, if any: its code really stops, the session keeps its
   * variables, and the cell is reported as interrupted. A cell that has ended, or one that starts
   * later, is never reached (see {@link Invocation}).
   */
  public void interrupt() {
    synchronized (interruptLock) {
      if (running != null) {
        running.stop(Invocation.Reason.INTERRUPT);
      }
    }
  }

  /**
   * Stops the cell of {@code request} (as given to {@link #execute(String, String, OutputSink, Duration, Object)}):
   * now if it runs, or as it starts if it has not begun yet (a front end may send the interrupt as soon as
   * it has seen the request's {@code execute_input}); never another request's cell.
   */
  public void interrupt(Object request) {
    synchronized (interruptLock) {
      if (running != null && runningRequest == request) {
        running.stop(Invocation.Reason.INTERRUPT);
      } else {
        interruptedRequest = request; // matched by identity when its cell starts; a request that has ended never does
      }
    }
  }

  /** Called by a stopped invocation, under its lock and only while it runs. */
  private void stopUserCode() {
    if (session.isDone() && !session.isCompletedExceptionally()) {
      session.join().jshell.stop();
    }
  }

  /** Completions at {@code cursor}: the matches and the range of {@code code} they replace. */
  public EditingHelp.Completion complete(String code, int cursor) {
    edited.set(true);
    // completion may evaluate default imports: never while a cell compiles
    return asRequest(() -> EditingHelp.complete(session(), magics, code, cursor));
  }

  /** The signature and Javadoc summary of what is at {@code cursor}, if anything. */
  public Optional<String> inspect(String code, int cursor) {
    return inspect(code, cursor, 0);
  }

  /**
   * The signature and Javadoc of what is at {@code cursor}, if anything: its summary at
   * {@code detailLevel} 0, all of it at 1. A library's first inspection waits for its sources jar
   * at most {@value #SOURCES_WAIT_MS} ms, then shows signatures only until it has come.
   */
  public Optional<String> inspect(String code, int cursor, int detailLevel) {
    edited.set(true);
    return asRequest(() -> EditingHelp.inspect(session(), javadoc, code, cursor, detailLevel)); // as complete
  }

  /** Runs a front end's request alone in the session, counted while it waits and runs (the editing warm-up waits for none). */
  private <T> T asRequest(Supplier<T> request) {
    requests.incrementAndGet();
    try {
      executing.lock();
      try {
        return request.get();
      } finally {
        executing.unlock();
      }
    } finally {
      lastRequest = System.nanoTime();
      requests.decrementAndGet();
    }
  }

  /**
   * Runs {@code request} alone in the session, as a front end's request runs, when the session is free within
   * {@code wait}; empty when a cell (or another request) holds it longer, or when the request gives null. For a
   * debugger's questions, which come on the control channel and must not hold it up, and which read live values
   * that no cell may be changing meanwhile.
   *
   * @since 0.6
   */
  public <T> Optional<T> whenFree(Duration wait, Supplier<T> request) {
    requests.incrementAndGet();
    try {
      if (!executing.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(request.get());
      } finally {
        executing.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      lastRequest = System.nanoTime();
      requests.decrementAndGet();
    }
  }

  /**
   * The session's variables with the live value of each (sorted by name, as {@code %vars} lists them), when no
   * cell runs within {@code wait}: for a debugger front end's variable explorer. No value's code is run.
   *
   * @since 0.6
   */
  public Optional<List<InspectedVariable>> inspectVariables(Duration wait) {
    return whenFree(wait, () -> VariableSummaries.inspected(session()));
  }

  /**
   * The rich display of the variable {@code name} (as a cell showing it would get it), rendered on JShell's
   * user-code thread within {@link #RENDER_LIMIT}; empty when a cell runs within {@code wait}, when there is
   * no such variable, or when rendering failed or ran out of time.
   *
   * @since 0.6
   */
  public Optional<MimeBundle> renderVariable(String name, Duration wait) {
    return whenFree(wait, () -> {
      JShellSession current = session();
      Optional<VarSnippet> variable = current.jshell.variables()
          .filter(v -> v.name().equals(name) && current.jshell.status(v).isActive()).findFirst();
      if (variable.isEmpty()) {
        return null;
      }
      Object[] rendered = new Object[1];
      CellContext last = route.target();
      try {
        runInvocation("the debugger's view of " + name, output -> { }, RENDER_LIMIT, null, (session, context, invocation) -> {
          rendered[0] = session.render(session.valueOf(variable.get()));
          return new Ran(CellResult.Status.OK, Optional.empty());
        });
      } finally {
        route.resume(last); // the last cell's threads go on printing into it, not into this view
      }
      return rendered[0] instanceof MimeBundle bundle ? bundle : null;
    });
  }

  /**
   * Warms up, once and in the background, what the first completion and inspection cost (see
   * {@link EditingWarmUp}), so that a fresh kernel's first Tab answers within the second JupyterLab
   * waits. It uses a JShell of its own: no request ever waits for it, and the session's snippets,
   * variables and history stay as they were. Each step starts only when no request is waiting or has
   * come for {@value #IDLE_MS} ms, so it leaves the cores to cells; it stops at the first real completion
   * or inspection, which needs it no more. Later calls return the same future.
   *
   * @since 0.3
   */
  public synchronized CompletableFuture<Void> warmUpEditing() {
    if (editingWarmUp == null) {
      lastRequest = System.nanoTime(); // quiet is counted from here: a first cell sent right after kernel_info goes first
      CompletableFuture<Void> done = new CompletableFuture<>();
      editingWarmUp = done;
      Thread thread = EngineThreads.daemon("tablebook-editing-warm-up", () -> {
        try {
          EditingWarmUp.run(this::waitUntilIdle, () -> afterWarmUpStep.run());
          done.complete(null);
        } catch (Throwable e) {
          done.completeExceptionally(e); // a warm-up that failed costs the first Tab its time, nothing else
        }
      });
      thread.setPriority(Thread.MIN_PRIORITY);
      thread.start();
    }
    return editingWarmUp;
  }

  /**
   * Waits until the session is ready and no request has been waiting or running for IDLE_MS; false when
   * the warm-up is not needed any more (the engine closed, or a real completion or inspection came).
   */
  private boolean waitUntilIdle() {
    session();
    long idle = TimeUnit.MILLISECONDS.toNanos(IDLE_MS);
    while (!closed && !edited.get()) {
      if (requests.get() == 0 && System.nanoTime() - lastRequest >= idle) {
        return true;
      }
      LockSupport.parkNanos(idle / 4);
    }
    return false;
  }

  /** Whether {@code code} is complete, unfinished or invalid, with the indent for its next line. */
  public EditingHelp.Completeness isComplete(String code) {
    return EditingHelp.isComplete(session(), code);
  }

  /** Ends the session. */
  @Override
  public void close() {
    closed = true;
    route.close(); // first: a closed notebook owns no output, even while a cell that ignores the interrupt still runs
    interrupt();
    executing.lock();
    try {
      session().close();
    } finally {
      executing.unlock();
    }
  }

  /** Same as {@link #close()}, under the name the kernel protocol uses. */
  public void shutdown() {
    close();
  }

  private CompletableFuture<JShellSession> warmUp() {
    return CompletableFuture.supplyAsync(() -> new JShellSession(options));
  }

  JShellSession session() {
    try {
      return session.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("JShell could not start: " + e.getCause(), e.getCause());
    }
  }
}
