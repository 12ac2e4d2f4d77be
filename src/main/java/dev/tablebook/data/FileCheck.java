package dev.tablebook.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;

/** Checks that a non-tabular resource's file exists and can be read. */
final class FileCheck {
  private FileCheck() {}

  static List<Problem> check(PackageSource source, Resource resource) {
    try (InputStream in = source.open(resource.path())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return List.of();
    } catch (FileNotFoundException | NoSuchFileException e) {
      return List.of(Problem.inFile(source.displayName(resource.path()), "the file is missing"));
    } catch (IOException e) {
      return List.of(Problem.inFile(source.displayName(resource.path()), "cannot be read: " + e.getMessage()));
    }
  }
}
