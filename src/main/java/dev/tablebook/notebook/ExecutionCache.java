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
 * parameters and run options, Tablebook's build, the JDK, the JVM options, the names of the inputs
 * the notebook declares) and is valid while the files the run read are unchanged
 * ({@link InputFingerprints}: the data package, the declared inputs, the jars {@code %maven} and
 * friends added, the files {@code %load} ran). Entries are one JSON file each, written atomically,
 * so runs and shards sharing the folder at once at worst both run a notebook; a damaged entry is
 * ignored with one warning and replaced. A dead run is never cached.
 *
 * @since 0.6
 */
public final class ExecutionCache {
  /** The format of entries; an entry of another format is not used (and is replaced). */
  static final int FORMAT = 1;
  /** Where a restored notebook records, in its metadata, that its outputs came from the cache. */
  public static final String MARK = "tablebook_cache";

  private final Path dir;
  private final RunKey.Environment environment;
  private final boolean refresh;
  private final Consumer<String> warnings;
  private final InputFingerprints fingerprints;
  /** Set once a store failed: the warning is given once, not once per notebook. */
  private volatile boolean unwritable;

  /**
   * A cache in {@code dir} (created on first store) for runs in {@code environment}; paths under
   * {@code base} are recorded relative to it. With {@code refresh}, nothing is taken from the cache
   * but every run is stored. Warnings (a damaged entry, one that cannot be written) go to {@code warnings}.
   */
  public ExecutionCache(Path dir, Path base, RunKey.Environment environment, boolean refresh, Consumer<String> warnings) {
    this.dir = dir.toAbsolutePath().normalize();
    this.environment = environment;
    this.refresh = refresh;
    this.warnings = warnings;
    this.fingerprints = new InputFingerprints(base);
  }

  /** A run of a notebook that the cache may hold: its key and what it reads, and the cached result, if any. */
  public static final class Slot {
    private final RunKey key;
    private final List<Path> inputs;
    private final Notebook input;
    private final NotebookRunner.Options options;
    private Optional<NotebookRunner.Result> cached = Optional.empty();
    private Instant ran;
    private Optional<String> changed = Optional.empty();

    private Slot(RunKey key, List<Path> inputs, Notebook input, NotebookRunner.Options options) {
      this.key = key;
      this.inputs = inputs;
      this.input = input;
      this.options = options;
    }

    /** The cached result of this run, when the cache holds a valid one. */
    public Optional<NotebookRunner.Result> cached() {
      return cached;
    }

    /** When the cached result was executed. */
    public Instant ran() {
      return ran;
    }

    /** What changed since the cache's entry for this run was stored ("datasets/x.csv changed"), when that is why it runs again. */
    public Optional<String> changed() {
      return changed;
    }
  }

  /**
   * Looks up the run of {@code input} (the notebook at {@code path}) with {@code options};
   * {@code sharedInputs} are files and folders every run may read (the data package).
   */
  public Slot lookup(Path path, Notebook input, NotebookRunner.Options options, List<Path> sharedInputs) throws IOException {
    Path folder = path.toAbsolutePath().normalize().getParent();
    List<String> declared = DeclaredInputs.of(path, input);
    List<Path> inputs = new ArrayList<>(sharedInputs);
    declared.forEach(name -> inputs.add(folder.resolve(name).normalize()));
    RunKey key = RunKey.of(fingerprints.relative(path), NotebookRunner.prepare(input, options), options, environment, declared);
    Slot slot = new Slot(key, inputs, input, options);
    if (!refresh) {
      read(slot, path);
    }
    return slot;
  }

  private void read(Slot slot, Path path) {
    Path file = entryFile(slot.key);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      warnings.accept("tablebook: cannot read the cache entry " + file + " (" + e.getMessage() + "); running " + path);
      return;
    }
    try {
      JsonNode entry = JupyterJson.MAPPER.readTree(text);
      if (entry.path("format").asInt() != FORMAT) {
        return; // another version's entry: replaced by this run
      }
      if (!entry.path("key").equals(slot.key.parts())) {
        throw new IllegalArgumentException("its key does not match its name");
      }
      slot.changed = fingerprints.firstChange(entry.path("inputs"));
      if (slot.changed.isPresent()) {
        return;
      }
      slot.cached = Optional.of(CachedRuns.restore(path.toString(), slot.input, slot.options, entry));
      slot.ran = Instant.parse(entry.path("ran").asText());
    } catch (IOException | RuntimeException | NotebookFormatException e) {
      warnings.accept("tablebook: ignoring a damaged cache entry " + file + " (" + e.getMessage() + "); running " + path);
    }
  }

  /** Stores {@code result}, the run of {@code slot}, unless its JVM died; a failure to write is a warning. */
  public void store(Slot slot, NotebookRunner.Result result) {
    if (result.outcome() == NotebookRunner.Outcome.DIED) {
      return;
    }
    Path file = entryFile(slot.key);
    try {
      List<Path> inputs = new ArrayList<>(slot.inputs);
      inputs.addAll(result.inputs());
      ObjectNode entry = JupyterJson.MAPPER.createObjectNode().put("format", FORMAT);
      entry.set("key", slot.key.parts());
      entry.put("ran", Instant.now().toString());
      entry.set("inputs", fingerprints.take(inputs));
      CachedRuns.save(result, entry);
      Files.createDirectories(dir);
      AtomicFiles.write(file, JupyterJson.MAPPER.writeValueAsBytes(entry), false);
    } catch (IOException | RuntimeException e) {
      if (!unwritable) {
        unwritable = true;
        warnings.accept("tablebook: cannot write the cache entry " + file + " (" + e.getMessage() + "); runs are not cached");
      }
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
