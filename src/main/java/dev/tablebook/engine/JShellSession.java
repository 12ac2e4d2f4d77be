package dev.tablebook.engine;

import dev.tablebook.display.Renderers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * One JShell, evaluating in this JVM with {@link CellExecutionControl}, set up with the JVM's class
 * path and the default imports. A restart makes a new session.
 */
final class JShellSession implements AutoCloseable {
  final JShell jshell;
  final CellExecutionControl control;
  final SnippetOrigins origins = new SnippetOrigins();
  final List<Path> addedClassPath = new ArrayList<>();

  JShellSession(EngineOptions options) {
    CellExecutionControl.Provider provider = new CellExecutionControl.Provider();
    this.jshell = JShell.builder().executionEngine(provider, Map.of()).build();
    this.control = provider.control();
    for (Path entry : ClassPath.ofThisJvm()) {
      jshell.addToClasspath(entry.toString());
    }
    options.classPath().forEach(this::addToClassPath);
    for (String imported : options.imports()) {
      for (SnippetEvent event : jshell.eval("import " + imported + ";")) {
        if (event.status() == jdk.jshell.Snippet.Status.REJECTED) {
          System.getLogger(JShellSession.class.getName())
              .log(System.Logger.Level.WARNING, "default import skipped, it does not compile: " + imported);
        }
      }
    }
  }

  /** Adds a jar or class directory for both compiling and running cells. */
  void addToClassPath(Path entry) {
    Path absolute = entry.toAbsolutePath().normalize();
    if (!addedClassPath.contains(absolute)) {
      jshell.addToClasspath(absolute.toString());
      addedClassPath.add(absolute);
    }
  }

  /** The live object behind a variable, read through the execution control. */
  Object valueOf(VarSnippet variable) {
    jshell.varValue(variable);
    return control.takeValue(variable.name());
  }

  /**
   * Renders {@code value} on JShell's user-code thread, where an interrupt or a time limit stops a
   * {@code toString()} that never ends: the bundle, or the Throwable that rendering threw (an Error
   * such as StackOverflowError included), or {@code null} when it was stopped.
   */
  Object render(Object value) {
    try {
      return control.runAsUserCode(() -> {
        try {
          return Renderers.global().render(value);
        } catch (Throwable e) {
          return e;
        }
      });
    } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
      return null; // stopped (the invocation says so) or the engine failed: nothing to show
    }
  }

  @Override
  public void close() {
    jshell.close();
  }
}
