package dev.tablebook.engine;

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

  @Override
  public void close() {
    jshell.close();
  }
}
