package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The execution cache of {@code run} and {@code verify}: a notebook is executed again only when
 * something its run depends on changed. An entry is found by a {@link RunKey} (the code cells, the
 * parameters and run options, Tablebook's build, the JDK, the JVM options, where the notebook's
 * inputs are) and is valid while the files the run read are unchanged ({@link InputFingerprints}:
 * the data package and the declared inputs, fingerprinted before the run; the jars {@code %maven}
 * and friends added and the files {@code %load} ran, after it). Entries are one JSON file each,
 * written atomically, so runs and shards sharing the folder at once at worst both run a notebook; a
 * damaged entry is ignored with one warning and replaced. A run whose JVM died, or whose cell
 * timed out (the machine may have been slow), is not stored.
 *
 * @since 0.6
 */
public final class ExecutionCache {
  /** The format of entries; an entry of another format is not used (and is replaced). */
  static final int FORMAT = 2;
  /** Where a restored notebook records, in its metadata, that its outputs came from the cache. */
  public static final String MARK = "tablebook_cache";

  private final Path dir;
  private final RunKey.Environment environment;
  private final boolean refresh;
  private final Consumer<String> warnings;
  private final InputFingerprints fingerprints;
  /** Set once the folder proved unusable (not a folder, not writable): the warning is given once, not once per notebook. */
  private volatile boolean unusable;

  /**
   * A cache in {@code dir} (created on first store) for runs in {@code environment}; {@code base} is
   * the working tree (its paths are recorded relative to each notebook). With {@code refresh}, nothing
   * is taken from the cache but every run is stored. Warnings (a damaged entry, a folder that cannot
   * be written) go to {@code warnings}.
   */
  public ExecutionCache(Path dir, Path base, RunKey.Environment environment, boolean refresh, Consumer<String> warnings) {
    this.dir = dir.toAbsolutePath().normalize();
    this.environment = environment;
    this.refresh = refresh;
    this.warnings = warnings;
    this.fingerprints = new InputFingerprints(base);
    if (Files.exists(this.dir) && !Files.isDirectory(this.dir)) {
      giveUp(this.dir + " is not a folder");
    }
  }

  /** A cached run: its result, restored onto the notebook as it is now, and when it was executed. */
  public record Cached(NotebookRunner.Result result, Instant ran) {}

  /** A run of a notebook that the cache may hold: its key, and the cached run or why there is none. */
  public static final class Slot {
    private final RunKey key;
    private final Path path;
    private final Optional<Cached> cached;
    private final Optional<String> changed;
    /** The notebook's own inputs, fingerprinted before it runs (null when cached, or when they could not be read). */
    private final ObjectNode before;

    private Slot(RunKey key, Path path, Optional<Cached> cached, Optional<String> changed, ObjectNode before) {
      this.key = key;
      this.path = path;
      this.cached = cached;
      this.changed = changed;
      this.before = before;
    }

    /** The cached run, when the cache holds a valid one. */
    public Optional<Cached> cached() {
      return cached;
    }

    /** What changed since the cache's entry for this run was stored ("../datasets/x.csv changed"), when that is why it runs again. */
    public Optional<String> changed() {
      return changed;
    }
  }

  /** Checks, before anything runs, the inputs {@code notebook} (read from {@code path}) declares: a malformed list is an {@link IllegalArgumentException}. */
  public static void checkDeclaredInputs(Path path, Notebook notebook) {
    DeclaredInputs.of(path, notebook);
  }

  /**
   * Looks up the run of {@code input} (the notebook at {@code path}) with {@code options};
   * {@code sharedInputs} are files and folders every run may read (the data package).
   */
  public Slot lookup(Path path, Notebook input, NotebookRunner.Options options, List<Path> sharedInputs) {
    Path folder = path.toAbsolutePath().normalize().getParent();
    List<Path> inputs = new ArrayList<>();
    sharedInputs.forEach(shared -> inputs.add(shared.toAbsolutePath().normalize()));
    DeclaredInputs.of(path, input).forEach(name -> inputs.add(folder.resolve(name).normalize()));
    Notebook prepared = NotebookRunner.prepare(input, options);
    RunKey key = RunKey.of(fingerprints.relative(folder, path), prepared, options, environment,
        inputs.stream().map(p -> fingerprints.relative(folder, p)).toList());
    Optional<String> changed = Optional.empty();
    if (!refresh && !unusable) {
      Read read = read(key, folder, prepared, path);
      if (read.cached().isPresent()) {
        return new Slot(key, path, read.cached(), Optional.empty(), null);
      }
      changed = read.changed();
    }
    ObjectNode before = null;
    try {
      before = fingerprints.take(folder, inputs);
    } catch (IOException | RuntimeException e) {
      warnings.accept("tablebook: cannot read an input of " + path + " (" + e.getMessage() + "); its run is not cached");
    }
    return new Slot(key, path, Optional.empty(), changed, before);
  }

  private record Read(Optional<Cached> cached, Optional<String> changed) {
    static final Read NOTHING = new Read(Optional.empty(), Optional.empty());
  }

  private Read read(RunKey key, Path folder, Notebook prepared, Path path) {
    Path file = entryFile(key);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Read.NOTHING;
    } catch (IOException e) {
      warnings.accept("tablebook: cannot read the cache entry " + file + " (" + e.getMessage() + "); running " + path);
      return Read.NOTHING;
    }
    try {
      JsonNode entry = JupyterJson.MAPPER.readTree(text);
      if (entry.path("format").asInt() != FORMAT) {
        return Read.NOTHING; // another version's entry: replaced by this run
      }
      if (!entry.path("key").isObject() || !RunKey.hash((ObjectNode) entry.path("key")).equals(key.hash())) {
        throw new IllegalArgumentException("its key does not match its name");
      }
      Instant ran = Instant.parse(entry.path("ran").asText());
      Optional<String> changed = fingerprints.firstChange(folder, entry.path("inputs"));
      if (changed.isPresent()) {
        return new Read(Optional.empty(), changed);
      }
      return new Read(Optional.of(new Cached(CachedRuns.restore(path.toString(), prepared, entry), ran)), Optional.empty());
    } catch (IOException | RuntimeException | NotebookFormatException e) {
      warnings.accept("tablebook: ignoring a damaged cache entry " + file + " (" + e.getMessage() + "); running " + path);
      return Read.NOTHING;
    }
  }

  /**
   * Stores {@code result}, the run of {@code slot}, unless its JVM died, a cell timed out or its
   * inputs could not be read; a failure to write is one warning for the whole command.
   */
  public void store(Slot slot, NotebookRunner.Result result) {
    boolean timedOut = result.failure().map(NotebookRunner.Failure::timedOut).orElse(false);
    if (result.outcome() == NotebookRunner.Outcome.DIED || timedOut || slot.before == null || unusable) {
      return;
    }
    ObjectNode inputs;
    try {
      inputs = InputFingerprints.both(slot.before, fingerprints.take(slot.path.toAbsolutePath().normalize().getParent(), result.inputs()));
    } catch (IOException | RuntimeException e) {
      warnings.accept("tablebook: cannot read a file " + slot.path + " used (" + e.getMessage() + "); its run is not cached");
      return;
    }
    Path file = entryFile(slot.key);
    try {
      ObjectNode entry = JupyterJson.MAPPER.createObjectNode().put("format", FORMAT);
      entry.set("key", slot.key.parts());
      entry.put("ran", Instant.now().toString());
      entry.set("inputs", inputs);
      CachedRuns.save(result, entry);
      Files.createDirectories(dir);
      AtomicFiles.write(file, JupyterJson.MAPPER.writeValueAsBytes(entry), false);
    } catch (IOException | RuntimeException e) {
      giveUp("cannot write " + file + ": " + e.getMessage());
    }
  }

  private void giveUp(String why) {
    if (!unusable) {
      unusable = true;
      warnings.accept("tablebook: the execution cache is off for this command (" + why + ")");
    }
  }

  /** Removes the mark a restored notebook carries, for a notebook written back in place (its file stays as a run leaves it). */
  public static void unmark(Notebook notebook) {
    notebook.metadata().remove(MARK);
  }

  private Path entryFile(RunKey key) {
    return dir.resolve(key.hash() + ".json");
  }
}
