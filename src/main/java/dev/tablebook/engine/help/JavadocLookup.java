package dev.tablebook.engine.help;

import com.sun.source.doctree.DocCommentTree;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The doc comment of what a JShell signature names when JShell has none (JShell reads only the
 * JDK's {@code src.zip}): Tablebook's own classes from the sources bundled in its jar under
 * {@value #BUNDLED}, a library's from its sources jar (found by a {@link SourcesFinder}). The one
 * type of this package the engine calls: it gives the Javadoc text an inspection shows.
 */
public final class JavadocLookup {
  /** Finds the sources jar of a library jar that cells see. */
  @FunctionalInterface
  public interface SourcesFinder {
    /**
     * The first sources jar of {@code jar} that {@code holds} accepts (the classes of {@code packageName}
     * may come from one of several artifacts in a shaded jar), of those there by now.
     */
    Optional<Path> find(Path jar, String packageName, Predicate<Path> holds);
  }

  /** Where the build puts the sources of the packages cells see. */
  static final String BUNDLED = "tablebook-sources/";
  private static final int PARSED_KEPT = 8;
  private final SourcesFinder sourcesJars;
  /** The last files parsed, by class: a type's overloads (Table.create has eight) are looked up in one parse. */
  private final Map<String, DocComments.Parsed> parsed = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, DocComments.Parsed> eldest) {
      return size() > PARSED_KEPT;
    }
  };

  public JavadocLookup(SourcesFinder sourcesJars) {
    this.sourcesJars = sourcesJars;
  }

  /**
   * The Javadoc of what JShell documented as {@code doc}, from its own text or else found by its
   * signature (classes are looked up in {@code cellLoader}): its summary at {@code detailLevel} 0,
   * all of it at 1 or more; empty when there is none.
   */
  public Optional<String> text(SourceCodeAnalysis.Documentation doc, int detailLevel, SourceCodeAnalysis analysis,
      ClassLoader cellLoader) {
    Optional<DocCommentTree> comment = doc.javadoc() != null && !doc.javadoc().isBlank()
        ? DocComments.ofText(doc.javadoc()) : find(analysis, cellLoader, doc.signature());
    return comment.map(c -> detailLevel <= 0 ? JavadocText.summary(c) : JavadocText.full(c)).filter(t -> !t.isEmpty());
  }

  /** The comment of what {@code signature} names, if its source can be found. */
  private Optional<DocCommentTree> find(SourceCodeAnalysis analysis, ClassLoader loader, String signature) {
    InspectedName name = InspectedName.of(signature);
    String owner = qualified(analysis, name.owner());
    String[] parts = owner.split("\\.");
    for (int top = parts.length - 1; top >= 0; top--) {
      String packagePath = String.join("/", Arrays.copyOfRange(parts, 0, top));
      String resource = (top == 0 ? "" : packagePath + "/") + String.join("$", Arrays.copyOfRange(parts, top, parts.length)) + ".class";
      URL found = loader.getResource(resource);
      if (found != null) {
        String sourceEntry = (top == 0 ? "" : packagePath + "/") + parts[top] + ".java";
        List<String> classes = List.of(Arrays.copyOfRange(parts, top, parts.length));
        return parsed(found, packagePath.replace('/', '.'), sourceEntry).flatMap(p -> DocComments.find(p, classes, name));
      }
    }
    return Optional.empty();
  }

  private synchronized Optional<DocComments.Parsed> parsed(URL classFile, String packageName, String entry) {
    DocComments.Parsed known = parsed.get(classFile.toString());
    if (known != null) {
      return Optional.of(known);
    }
    Optional<DocComments.Parsed> found = source(classFile, packageName, entry).map(DocComments::parse);
    found.ifPresent(p -> parsed.put(classFile.toString(), p));
    return found;
  }

  /** The qualified name of the type {@code written} as a cell sees it (JShell documents a type by its full name). */
  private static String qualified(SourceCodeAnalysis analysis, String written) {
    return analysis.documentation(written, written.length(), false).stream().map(SourceCodeAnalysis.Documentation::signature)
        .filter(s -> !s.contains(" ") && !s.contains("(")).map(s -> s.replaceAll("<.*", "")).findFirst().orElse(written);
  }

  private Optional<String> source(URL classFile, String packageName, String entry) {
    if (packageName.equals("dev.tablebook") || packageName.startsWith("dev.tablebook.")) {
      return bundled(entry); // not on Maven Central: the build bundles them
    }
    if (!classFile.getProtocol().equals("jar")) {
      return Optional.empty();
    }
    String file = classFile.toString().substring("jar:".length(), classFile.toString().indexOf("!/"));
    try {
      return sourcesJars.find(Path.of(URI.create(file)), packageName, sources -> read(sources, entry).isPresent())
          .flatMap(sources -> read(sources, entry));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> bundled(String entry) {
    try (InputStream in = JavadocLookup.class.getClassLoader().getResourceAsStream(BUNDLED + entry)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> read(Path sourcesJar, String entry) {
    try (ZipFile zip = new ZipFile(sourcesJar.toFile())) {
      ZipEntry found = zip.getEntry(entry);
      if (found == null) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(found)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
