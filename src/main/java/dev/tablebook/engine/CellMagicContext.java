package dev.tablebook.engine;

import dev.tablebook.display.NotebookException;
import dev.tablebook.engine.magic.MagicContext;
import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.engine.magic.SessionVariable;
import dev.tablebook.engine.output.CellContext;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import jdk.jshell.Snippet;

/**
 * What a magic run by one {@link CellRunner} may do to the session: read and declare its variables,
 * print and display in the cell, resolve paths, wait interruptibly, and run code as part of the cell
 * (through its runner), and the value it gives the cell. A nested runner has its own.
 */
final class CellMagicContext implements MagicContext {
  private final CellRunner runner;
  private final JShellSession session;
  private final CellContext context;
  private final Path workingDirectory;
  private final Invocation invocation;
  private final Map<String, Object> pendingBindings = new HashMap<>();
  private Object value;

  CellMagicContext(CellRunner runner, JShellSession session, CellContext context, Path workingDirectory, Invocation invocation) {
    this.runner = runner;
    this.session = session;
    this.context = context;
    this.workingDirectory = workingDirectory;
    this.invocation = invocation;
  }

  @Override
  public void result(Object value) {
    this.value = value;
  }

  /** The value the magic set, if any: what {@code x = %magic args} and {@code lineMagic(...)} give the cell. */
  Object value() {
    return value;
  }

  @Override
  public void addToClassPath(Path entry) {
    session.addToClassPath(entry);
  }

  @Override
  public boolean run(String code) {
    return runner.runAtMagicLine(code);
  }

  @Override
  public void println(String text) {
    context.print(text + "\n");
  }

  @Override
  public java.io.OutputStream stream(boolean error) {
    return context.output(error);
  }

  @Override
  public void display(dev.tablebook.display.MimeBundle bundle) {
    context.display(bundle, null);
  }

  @Override
  public List<SessionVariable> variables(int maxValueLength) {
    return VariableSummaries.of(session, maxValueLength, invocation::isStopped);
  }

  @Override
  public <T> T interruptibly(String what, java.util.concurrent.Callable<T> work) throws Exception {
    try {
      return invocation.awaitInterruptibly(what, work);
    } catch (Invocation.StoppedError e) {
      throw new MagicException(e.getMessage() + " while waiting for " + what);
    }
  }

  @Override
  public Map<String, Object> values(Collection<String> names) {
    return valuesWhere(names::contains);
  }

  @Override
  public Map<String, Object> valuesIgnoringCase(Collection<String> names) {
    java.util.Set<String> folded = new java.util.HashSet<>();
    names.forEach(name -> folded.add(name.toLowerCase(java.util.Locale.ROOT)));
    return valuesWhere(name -> folded.contains(name.toLowerCase(java.util.Locale.ROOT)));
  }

  private Map<String, Object> valuesWhere(java.util.function.Predicate<String> wanted) {
    Map<String, Object> values = new HashMap<>();
    session.jshell.variables().filter(v -> session.jshell.status(v) == Snippet.Status.VALID && wanted.test(v.name()))
        .forEach(v -> values.put(v.name(), session.valueOf(v)));
    return values;
  }

  @Override
  public void bind(String name, Class<?> type, Object value) throws MagicException {
    if (!SourceVersion.isName(name) || name.contains(".")) {
      throw new MagicException("\"" + name + "\" is not a name a Java variable can have");
    }
    String typeName = type.getCanonicalName();
    if (typeName == null || !Modifier.isPublic(type.getModifiers())) {
      throw new MagicException("a variable cannot be declared with the type " + type.getName());
    }
    pendingBindings.put(name, value);
    try {
      String declaration = typeName + " " + name + " = (" + typeName + ") dev.tablebook.display.BoundValues.take(\"" + name + "\");";
      if (!runner.runAtMagicLine(declaration)) {
        throw new MagicException("the variable " + name + " could not be declared");
      }
      runner.forgetLastValue(); // the declaration is not the cell's value
    } finally {
      pendingBindings.remove(name);
    }
  }

  /** The value {@link #bind} is declaring as {@code name}, taken once by the declaration it ran. */
  Object boundValue(String name) {
    if (!pendingBindings.containsKey(name)) {
      throw new NotebookException("no magic is binding a variable named " + name);
    }
    return pendingBindings.remove(name);
  }

  @Override
  public Path resolve(String path) {
    String expanded = path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
    return workingDirectory.resolve(expanded).normalize();
  }

  @Override
  public void dependsOn(Path file) {
    synchronized (session.readFiles) {
      session.readFiles.add(file.toAbsolutePath().normalize());
    }
  }
}
