package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What decides a notebook's run before it reads any file, as the key of its execution-cache entry:
 * the notebook's path, its code cells (source and tags, after the parameters are injected; markdown
 * is not part of it), the run's options and parameters, Tablebook's build, the JDK, the notebooks'
 * JVM options and where its inputs are (the data package and the files it declares, relative to its
 * folder). {@link #hash} is the SHA-256 of {@link #parts}, which an entry keeps in full so that a
 * reader can see what it was made of.
 */
public record RunKey(String hash, ObjectNode parts) {
  /** What every run of one command shares: Tablebook's build ({@link BuildStamp}), the JDK, and the notebooks' JVM options. */
  public record Environment(String tablebook, String java, List<String> jvmOptions) {
    /** Options the launcher gives every JVM that say where things are or how fast they go, never what a cell computes. */
    private static final List<String> UNKEYED = List.of("-Djava.library.path=", "-Dtablebook.classDataArchive=");

    /** Copies the options. */
    public Environment {
      jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * This JVM's build and JDK, with the notebooks' JVM options: those they inherit from this JVM
     * (less the launcher's library path and class-data archive, which change no result) and the user's.
     */
    public static Environment current(List<String> inheritedOptions, List<String> userOptions) {
      String java = System.getProperty("java.home") + " " + System.getProperty("java.vendor") + " " + Runtime.version();
      List<String> options = new ArrayList<>(inheritedOptions.stream().filter(o -> UNKEYED.stream().noneMatch(o::startsWith)).toList());
      options.addAll(userOptions);
      return new Environment(BuildStamp.current(), java, options);
    }
  }

  /**
   * The key of running {@code prepared} (the notebook at {@code notebook}, {@link NotebookRunner#prepare}d)
   * with {@code options}; {@code inputs} are where its inputs are, relative to its folder.
   */
  static RunKey of(String notebook, Notebook prepared, NotebookRunner.Options options, Environment environment, List<String> inputs) {
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
    inputs.forEach(parts.putArray("inputs")::add);
    return new RunKey(hash(parts), parts);
  }

  /** The SHA-256 of {@code parts} as JSON text (the same for a key read back, whatever number types it is read as). */
  static String hash(ObjectNode parts) {
    return HexFormat.of().formatHex(InputFingerprints.newDigest().digest(parts.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
