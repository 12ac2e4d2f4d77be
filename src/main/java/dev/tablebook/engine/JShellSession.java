package dev.tablebook.engine;

import dev.tablebook.display.Renderer;
import dev.tablebook.display.Renderers;
import dev.tablebook.engine.classpath.CellClassPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * One JShell, evaluating in this JVM with {@link CellExecutionControl}, set up with the default
 * imports. Cells compile against and run with what {@link CellClassPath} shows of the kernel's
 * class path plus the jars users add ({@link #addToClassPath}). A restart makes a new session.
 */
final class JShellSession implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JShellSession.class.getName());

  final JShell jshell;
  final CellExecutionControl control;
  final SnippetOrigins origins = new SnippetOrigins();
  final List<Path> addedClassPath = new ArrayList<>();
  /** Files that magics read as code ({@code %load}), in order: with {@link #addedClassPath}, what a run read beyond its cells. */
  final java.util.Set<Path> readFiles = new java.util.LinkedHashSet<>();
  private final CellClassPath classPath = new CellClassPath(JShellSession.class.getClassLoader());
  private final Set<String> registeredRenderers = new HashSet<>();
  private final FirstUseImports firstUseImports;

  JShellSession(EngineOptions options) {
    CellExecutionControl.Provider provider = new CellExecutionControl.Provider(classPath.loaderDelegate(), classPath.cellLoader());
    // The compiler reads the JVM's class path (java.class.path) by itself; the file manager hides parts of it.
    this.jshell = JShell.builder().executionEngine(provider, Map.of())
        .fileManager(classPath::fileManager).build();
    this.control = provider.control();
    options.classPath().forEach(this::addToClassPath);
    this.firstUseImports = new FirstUseImports(options.imports());
    firstUseImports.atStart().forEach(this::importByDefault);
  }

  /** Evaluates the default imports whose members {@code code} names, before it compiles. */
  synchronized void importWhatCodeNames(String code) {
    firstUseImports.takeNamedIn(code).forEach(this::importByDefault);
  }

  /** The names that default imports not evaluated yet bring, starting with {@code prefix}: completion offers them too. */
  List<String> pendingImportNames(String prefix) {
    return firstUseImports.pendingNamesStartingWith(prefix);
  }

  /**
   * After the user's own on-demand import ({@code import java.awt.*;}): each of its types whose simple
   * name a first-use default import also brings ({@code Font}) is imported by name, so the name is the
   * user's, as it is in plain Java, where the defaults do not exist, instead of ambiguous.
   */
  synchronized void keepNamesOf(ImportSnippet imported) {
    if (imported.subKind() != Snippet.SubKind.TYPE_IMPORT_ON_DEMAND_SUBKIND) {
      return;
    }
    String onDemand = imported.fullname();
    String container = onDemand.endsWith(".*") ? onDemand.substring(0, onDemand.length() - 2) : onDemand;
    int[] anchor = new int[1];
    for (SourceCodeAnalysis.Suggestion suggestion
        : jshell.sourceCodeAnalysis().completionSuggestions(container + ".", container.length() + 1, anchor)) {
      String name = suggestion.continuation();
      if (firstUseImports.bringsTypeFromElsewhere(name, container + ".*")) {
        jshell.eval("import " + container + "." + name + ";");
      }
    }
  }

  private void importByDefault(String imported) {
    for (SnippetEvent event : jshell.eval("import " + imported + ";")) {
      if (event.status() == jdk.jshell.Snippet.Status.REJECTED) {
        LOG.log(System.Logger.Level.WARNING, "default import skipped, it does not compile: " + imported);
      }
    }
  }

  /**
   * Adds a jar or class directory for both compiling and running cells, in full (it wins over the
   * kernel's hidden libraries), and registers the {@link Renderer}s it declares in
   * {@code META-INF/services}.
   */
  void addToClassPath(Path entry) {
    Path absolute = entry.toAbsolutePath().normalize();
    if (!addedClassPath.contains(absolute)) {
      classPath.addUserEntry(absolute);
      jshell.addToClasspath(absolute.toString());
      synchronized (addedClassPath) { // Engine.inputs reads it from another thread
        addedClassPath.add(absolute);
      }
      registerRenderers();
    }
  }

  /** The loader of cell classes and of the jars users add. */
  ClassLoader cellLoader() {
    return classPath.cellLoader();
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

  /**
   * Runs {@code work} on JShell's user-code thread, where an interrupt stops it as it stops a cell:
   * what it threw (an Error included), or null when it returned.
   *
   * @throws jdk.jshell.spi.ExecutionControl.ExecutionControlException when it was stopped or the engine failed
   */
  Throwable callAsUserCode(Runnable work) throws jdk.jshell.spi.ExecutionControl.ExecutionControlException {
    return (Throwable) control.runAsUserCode(() -> {
      try {
        work.run();
        return null;
      } catch (Throwable e) {
        return e;
      }
    });
  }

  /** Registers, for every later cell, the renderers of added jars not registered yet (the kernel's are already). */
  private void registerRenderers() {
    var found = ServiceLoader.load(Renderer.class, cellLoader()).iterator();
    for (int errors = 0; errors < 100; ) {
      try {
        if (!found.hasNext()) {
          return;
        }
        Renderer<?> renderer = found.next();
        if (renderer.getClass().getClassLoader() == cellLoader() && registeredRenderers.add(renderer.getClass().getName())) {
          Renderers.global().register(renderer);
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        errors++;
        LOG.log(System.Logger.Level.WARNING, "a renderer of an added jar could not be loaded", e);
      }
    }
  }

  @Override
  public void close() {
    jshell.close();
  }
}
