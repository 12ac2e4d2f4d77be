package dev.tablebook.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** File-system failures in the words every Tablebook message uses: {@code FILE: what is wrong}. */
public final class FileErrors {
  private FileErrors() {}

  /** {@code FILE: what is wrong} (and the other file, for a copy or move). */
  public static String describe(FileSystemException e) {
    String file = e.getFile() == null ? "" : e.getFile() + ": ";
    String other = e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")";
    return file + reason(e) + other;
  }

  /** What is wrong, without the file: "permission denied", "read-only file system", ... */
  public static String reason(FileSystemException e) {
    if (e.getReason() != null && !e.getReason().isEmpty()) {
      return Character.toLowerCase(e.getReason().charAt(0)) + e.getReason().substring(1);
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    return e.getClass().getSimpleName();
  }
}
