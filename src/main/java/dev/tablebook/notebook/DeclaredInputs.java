package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders a notebook says it reads, in its metadata, so that the execution cache runs
 * it again when one of them changes: {@code "tablebook": {"inputs": ["data/sales.csv", "lookups/"]}},
 * each relative to the notebook's folder (or absolute).
 */
final class DeclaredInputs {
  /** The metadata key under {@code metadata.tablebook}. */
  static final String KEY = "inputs";

  private DeclaredInputs() {}

  /** The inputs {@code notebook} (read from {@code path}) declares; a malformed declaration is an {@link IllegalArgumentException}. */
  static List<String> of(Path path, Notebook notebook) {
    JsonNode declared = notebook.metadata().path("tablebook").path(KEY);
    if (declared.isMissingNode() || declared.isNull()) {
      return List.of();
    }
    String shape = path + ": metadata.tablebook." + KEY + " must be a list of file or folder paths (relative to the notebook)";
    if (!declared.isArray()) {
      throw new IllegalArgumentException(shape + ", not " + declared);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : declared) {
      if (!name.isTextual() || name.asText().isBlank()) {
        throw new IllegalArgumentException(shape + "; " + name + " is not one");
      }
      try {
        Path.of(name.asText());
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(shape + "; " + name + " is not one: " + e.getMessage(), e);
      }
      names.add(name.asText());
    }
    return names;
  }
}
