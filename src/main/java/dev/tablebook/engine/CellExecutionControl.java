package dev.tablebook.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine with these changes: cell classes are loaded with their exit
 * calls rewritten ({@link ExitCallRewriter}); the objects behind values are kept and never turned
 * into text here (the engine renders the real object, once); a stopped snippet is always recorded
 * (JShell reports one as a success, and on Java 17 a stop that lands as its thread starts is not
 * even seen by JShell); and the engine can run its own work, such as rendering a value, on JShell's
 * user-code thread, where an interrupt reaches it as it reaches the cell.
 */
final class CellExecutionControl extends LocalExecutionControl {
  private static final InheritableThreadLocal<Call> CALL = new InheritableThreadLocal<>();
  private static final Object NULL = new Object();

  private final Map<String, Object> values = new ConcurrentHashMap<>();
  private boolean stopped;

  private final ClassLoader cellLoader;

  /** {@code cellLoader} is the loader behind {@code loader}: cell threads get it as their context loader. */
  CellExecutionControl(LoaderDelegate loader, ClassLoader cellLoader) {
    super(loader);
    this.cellLoader = cellLoader;
  }

  @Override
  public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
    StageTimes.mark("javac");
    super.load(Stream.of(classes)
        .map(c -> new ClassBytecodes(c.name(), ExitCallRewriter.rewrite(c.bytecodes())))
        .toArray(ClassBytecodes[]::new));
    StageTimes.mark("load");
  }

  @Override
  public String invoke(String className, String methodName) throws RunException, InternalException, EngineTerminationException {
    StageTimes.mark("load");
    try {
      return invokeUnmarked(className, methodName);
    } finally {
      StageTimes.mark("run");
    }
  }

  private String invokeUnmarked(String className, String methodName)
      throws RunException, InternalException, EngineTerminationException {
    try {
      return super.invoke(className, methodName);
    } catch (StoppedException e) {
      synchronized (this) {
        stopped = true;
      }
      throw e;
    }
  }

  /** Whether user code was stopped since the last call (JShell itself reports a stopped snippet as a success). */
  synchronized boolean takeStopped() {
    boolean was = stopped;
    stopped = false;
    return was;
  }

  /**
   * Runs JShell's do-it method (or the engine's own {@link #runAsUserCode work}) through
   * {@link Call#enter}, so the value stays an object: JShell's text of it ({@code toString()} on the
   * engine's thread, out of reach of an interrupt, for a value the engine renders anyway) is never
   * made. A call that neither returned nor threw was stopped before it began.
   */
  @Override
  protected String invoke(Method doit) throws Exception {
    Call call = doit.equals(Call.ENTRY) ? CALL.get() : new Call(() -> Call.invokeUnwrapped(doit));
    call.contextLoader = cellLoader;
    CALL.set(call);
    try {
      super.invoke(Call.ENTRY);
    } finally {
      CALL.remove();
    }
    if (!call.returned) {
      throw new StoppedException();
    }
    return "";
  }

  /**
   * Runs {@code work} on JShell's user-code thread, as a snippet runs: an interrupt stops it (then
   * {@link StoppedException}, to the caller only: {@link #takeStopped} is about snippets). {@code work}
   * should catch what it wants to report itself.
   */
  Object runAsUserCode(Callable<Object> work) throws RunException, InternalException, EngineTerminationException {
    Call call = new Call(work);
    CALL.set(call);
    try {
      // Not through invoke(String, String): a stop here is this call's, reported by the exception; it must not
      // mark the next cell's snippet as stopped (a comm handler interrupted, then "4 + 4" failing).
      super.invoke(Call.class.getName(), "enter");
    } finally {
      CALL.remove();
    }
    return call.result;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    return name.equals(Call.class.getName()) ? Call.class : super.findClass(name);
  }

  /** Keeps the object behind the variable for {@link #takeValue}; its text is not made (see {@link #invoke(Method)}). */
  @Override
  public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
    try {
      Field field = findClass(className).getDeclaredField(varName);
      field.setAccessible(true);
      Object value = field.get(null);
      values.put(varName, value == null ? NULL : value);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      values.remove(varName);
      throw new InternalException("cannot read " + varName + ": " + e);
    }
    return "";
  }

  /** The object last read for the variable {@code name} through {@link #varValue}, removing it. */
  Object takeValue(String name) {
    Object value = values.remove(name);
    if (value == null) {
      throw new IllegalStateException("the value of " + name + " could not be read");
    }
    return value == NULL ? null : value;
  }

  /** One call made on JShell's user-code thread, found there through {@link #CALL} (inherited by that thread). */
  static final class Call {
    static final Method ENTRY;

    static {
      try {
        ENTRY = Call.class.getDeclaredMethod("enter");
        ENTRY.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final Callable<Object> work;
    private ClassLoader contextLoader;
    private Object result;
    private volatile boolean returned;

    Call(Callable<Object> work) {
      this.work = work;
    }

    /** What JShell's thread runs; what the work throws goes to JShell unchanged (a stop included). */
    static void enter() throws Exception {
      Call call = CALL.get();
      // libraries that look plugins up through the context loader (ServiceLoader, Jackson modules) see the user's jars
      Thread.currentThread().setContextClassLoader(call.contextLoader);
      call.result = call.work.call();
      call.returned = true;
    }

    /** Calls a do-it method, throwing what it throws as itself rather than wrapped. */
    static Object invokeUnwrapped(Method doit) throws Exception {
      try {
        return doit.invoke(null);
      } catch (InvocationTargetException e) {
        throw Call.<Exception>sneaky(e.getCause());
      }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
      throw (E) e;
    }
  }

  /** Hands JShell one {@link CellExecutionControl}, loading cell classes with {@code loader}, and keeps it for the engine. */
  static final class Provider implements ExecutionControlProvider {
    private final LoaderDelegate loader;
    private final ClassLoader cellLoader;
    private volatile CellExecutionControl control;

    /** {@code cellLoader} is the loader behind {@code loader}. */
    Provider(LoaderDelegate loader, ClassLoader cellLoader) {
      this.loader = loader;
      this.cellLoader = cellLoader;
    }

    @Override
    public String name() {
      return "tablebook";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      control = new CellExecutionControl(loader, cellLoader);
      return control;
    }

    CellExecutionControl control() {
      return control;
    }
  }
}
