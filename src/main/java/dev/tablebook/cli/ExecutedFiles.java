package dev.tablebook.cli;

import dev.tablebook.io.FileErrors;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code run} and {@code verify} write executed notebooks under {@code --out DIR}: each at its
 * path relative to the folder all inputs share, so {@code a/x.ipynb} and {@code b/x.ipynb} never
 * overwrite each other (notebooks of one folder keep their plain names). The folder is checked
 * writable before anything runs, and no target may be one of the inputs themselves.
 */
final class ExecutedFiles {
  private ExecutedFiles() {}

  /** {@code notebooks} without repeats (the same file named twice runs once), in the order given. */
  static List<Path> distinct(List<Path> notebooks) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> distinct = new ArrayList<>();
    for (Path notebook : notebooks) {
      if (seen.add(notebook.toAbsolutePath().normalize())) {
        distinct.add(notebook);
      }
    }
    return distinct;
  }

  /** The executed copy's path of each notebook under {@code out}, after checking that {@code out} can be written. */
  static Map<Path, Path> under(Path out, List<Path> notebooks) throws IOException {
    if (notebooks.isEmpty()) {
      return Map.of();
    }
    checkWritableFolder(out);
    Path common = commonFolder(notebooks);
    Map<Path, Path> targets = new LinkedHashMap<>();
    for (Path notebook : notebooks) {
      Path target = out.resolve(common.relativize(notebook.toAbsolutePath().normalize()).toString());
      for (Path input : notebooks) { // any input, not only its own: run --out sub a.ipynb sub/a.ipynb
        if (sameFile(target, input)) {
          throw new IllegalArgumentException(out + ": writing the executed copy of " + notebook + " there would overwrite "
              + input + " itself; choose another --out, or say --in-place if that is what you mean");
        }
      }
      targets.put(notebook, target);
    }
    return targets;
  }

  /**
   * Fails now, before any work, when {@code folder} could not be made or written later; makes nothing
   * (the nearest folder that exists is where the check writes and removes a probe file).
   */
  static void checkWritableFolder(Path folder) throws IOException {
    Path existing = folder.toAbsolutePath();
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      Path shown = existing.equals(folder.toAbsolutePath()) ? folder : existing;
      throw new FileAlreadyExistsException(shown.toString(), null, "exists and is not a folder");
    }
    try { // the real test: permissions, read-only mounts, a full disk's inodes
      Files.delete(Files.createTempFile(existing, ".tablebook-write-check", ".tmp"));
    } catch (FileSystemException e) {
      throw new FileSystemException(folder.toString(), null, "cannot write here: " + FileErrors.reason(e));
    }
  }

  /** Fails now when {@code file} could not be written later (a folder by that name, or an unwritable folder). */
  static void checkWritableFile(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileAlreadyExistsException(file.toString(), null, "is a folder, not a file");
    }
    Path parent = file.toAbsolutePath().getParent();
    checkWritableFolder(parent);
  }

  private static Path commonFolder(List<Path> notebooks) {
    Path common = null;
    for (Path notebook : notebooks) {
      Path folder = notebook.toAbsolutePath().normalize().getParent();
      if (common == null) {
        common = folder;
      }
      while (!folder.startsWith(common)) {
        common = common.getParent();
      }
    }
    return common;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
