package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What decides a notebook's run before it reads any file, as the key of its execution-cache entry:
 * the notebook's path, its code cells (source and tags, after the parameters are injected; markdown
 * is not part of it), the run's options and parameters, Tablebook's build, the JDK, the notebooks'
 * JVM options and the names of the inputs the notebook declares. {@link #hash} is the SHA-256 of
 * {@link #parts}, which an entry keeps in full so a reader can see what it was made from.
 */
public record RunKey(String hash, ObjectNode parts) {
  /**
   * What every run of one command shares: Tablebook's build (its version and the content of each
   * class path entry: a changed jar is a new build), the JDK, and the notebooks' JVM options.
   */
  public record Environment(String tablebook, String java, List<String> jvmOptions) {
    /** Options that say where things are or how fast they go, never what a cell computes: not part of the key. */
    private static final List<String> UNKEYED = List.of("-Djava.library.path=", "-Dtablebook.classDataArchive=");

    public Environment {
      jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * This JVM's build of Tablebook and its JDK, with {@code jvmOptions} for the notebooks (less the
     * launcher's library path and class-data archive, which change no result).
     */
    public static Environment current(List<String> jvmOptions) {
      String version = RunKey.class.getPackage().getImplementationVersion();
      String java = System.getProperty("java.home") + " " + System.getProperty("java.vendor") + " " + Runtime.version();
      List<String> keyed = jvmOptions.stream().filter(option -> UNKEYED.stream().noneMatch(option::startsWith)).toList();
      return new Environment((version == null ? "development" : version) + " " + classPathStamp(), java, keyed);
    }

    private static String classPathStamp() {
      var digest = InputFingerprints.newDigest();
      for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
        digest.update((entry + "=" + stamp(Path.of(entry)) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /**
     * A jar by its central directory (each entry's name, size, CRC-32 and time: the build is
     * reproducible, so the same sources built again give the same bytes); a class folder by its
     * file count and newest time (a development build).
     */
    private static String stamp(Path entry) {
      try {
        if (!Files.isDirectory(entry)) {
          return JarStamp.of(entry);
        }
        try (Stream<Path> files = Files.walk(entry)) {
          long[] countAndNewest = {0, 0};
          files.filter(Files::isRegularFile).forEach(file -> {
            countAndNewest[0]++;
            try {
              countAndNewest[1] = Math.max(countAndNewest[1], Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
              countAndNewest[1] = Long.MAX_VALUE; // unreadable: never matches a later stamp of a readable tree
            }
          });
          return countAndNewest[0] + "@" + countAndNewest[1];
        }
      } catch (IOException | RuntimeException e) {
        return "unreadable";
      }
    }
  }

  /** The key of running {@code prepared} (the notebook at {@code notebook}, {@link NotebookRunner#prepare}d) with {@code options}. */
  static RunKey of(String notebook, Notebook prepared, NotebookRunner.Options options, Environment environment, List<String> declaredInputs) {
    ObjectNode parts = JupyterJson.MAPPER.createObjectNode();
    parts.put("notebook", notebook);
    ArrayNode cells = parts.putArray("cells");
    for (Notebook.Cell cell : prepared.cells()) {
      if (cell.type().equals("code")) {
        ObjectNode entry = cells.addObject().put("source", cell.source());
        cell.tags().forEach(entry.putArray("tags")::add);
      }
    }
    parts.set("options", WorkerReports.options(options));
    parts.put("tablebook", environment.tablebook()).put("java", environment.java());
    environment.jvmOptions().forEach(parts.putArray("jvm_options")::add);
    declaredInputs.forEach(parts.putArray("declared_inputs")::add);
    byte[] digest = InputFingerprints.newDigest().digest(parts.toString().getBytes(StandardCharsets.UTF_8));
    return new RunKey(HexFormat.of().formatHex(digest), parts);
  }
}
