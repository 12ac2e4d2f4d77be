package dev.tablebook.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine with two additions: cell classes are loaded with their exit
 * calls rewritten ({@link ExitCallRewriter}), and the objects behind variables are kept when JShell
 * asks for their text, so the engine can render the real value (a Table as HTML, not its toString).
 */
final class CellExecutionControl extends LocalExecutionControl {
  private final Map<String, Object> values = new ConcurrentHashMap<>();

  CellExecutionControl(LoaderDelegate loader) {
    super(loader);
  }

  @Override
  public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
    super.load(Stream.of(classes)
        .map(c -> new ClassBytecodes(c.name(), ExitCallRewriter.rewrite(c.bytecodes())))
        .toArray(ClassBytecodes[]::new));
  }

  @Override
  public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
    try {
      Field field = findClass(className).getDeclaredField(varName);
      field.setAccessible(true);
      Object value = field.get(null);
      values.put(varName, value == null ? NULL : value);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      values.remove(varName);
    }
    return super.varValue(className, varName);
  }

  /** The object last read for the variable {@code name} through {@link #varValue}, removing it. */
  Object takeValue(String name) {
    Object value = values.remove(name);
    return value == NULL ? null : value;
  }

  /** Whether {@link #varValue} saw {@code name}. */
  boolean hasValue(String name) {
    return values.containsKey(name);
  }

  private static final Object NULL = new Object();

  /** Hands JShell one {@link CellExecutionControl}, loading cell classes with {@code loader}, and keeps it for the engine. */
  static final class Provider implements ExecutionControlProvider {
    private final LoaderDelegate loader;
    private volatile CellExecutionControl control;

    Provider(LoaderDelegate loader) {
      this.loader = loader;
    }

    @Override
    public String name() {
      return "tablebook";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      control = new CellExecutionControl(loader);
      return control;
    }

    CellExecutionControl control() {
      return control;
    }
  }
}
