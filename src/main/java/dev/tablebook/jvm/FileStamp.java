package dev.tablebook.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A file's size and modification time as one string: what changes when the file is rebuilt or replaced. */
final class FileStamp {
  private FileStamp() {}

  /** "size mtime-in-milliseconds" of {@code file}. */
  static String of(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
  }

  /** As {@link #of}, or "" when the file cannot be read. */
  static String orEmpty(Path file) {
    try {
      return of(file);
    } catch (IOException e) {
      return "";
    }
  }
}
