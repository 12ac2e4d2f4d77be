package dev.tablebook.data;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.Map;

/** A data package held in memory, for fuzzing without touching the disk. */
record MemorySource(Map<String, byte[]> files) implements PackageSource {
  @Override
  public InputStream open(String path) throws FileNotFoundException {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new FileNotFoundException(displayName(path));
    }
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public String displayName(String path) {
    return "memory/" + path;
  }
}
