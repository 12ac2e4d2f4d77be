package dev.tablebook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tablesaw's user guide as notebooks (src/test/notebooks/tablesaw), laid out so that the data paths
 * its pages read resolve from the notebook's folder: {@code data-paths.txt} says where each file goes.
 */
final class TablesawGuide {
  static final Path CORPUS = Path.of("src/test/notebooks/tablesaw").toAbsolutePath();

  private TablesawGuide() {}

  /** Copies the corpus into {@code folder}/notebooks and each data file to where a page reads it; returns that notebooks folder. */
  static Path layOut(Path folder) throws IOException {
    Path notebooks = folder.resolve("notebooks");
    CorpusFixtures.copy(CORPUS, notebooks);
    for (String line : Files.readAllLines(CORPUS.resolve("data-paths.txt"), StandardCharsets.UTF_8)) {
      String[] pathAndFile = line.strip().split("\\s+");
      if (line.isBlank() || line.startsWith("#") || pathAndFile.length != 2) {
        continue;
      }
      Path target = notebooks.resolve(pathAndFile[0]).normalize();
      if (!target.startsWith(folder)) {
        throw new IllegalStateException("data-paths.txt: " + pathAndFile[0] + " leaves the laid-out folder");
      }
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.copy(CORPUS.resolve("data").resolve(pathAndFile[1]), target);
      }
    }
    return notebooks;
  }

  /** The file names of the notebooks in {@code folder} (the corpus or a laid-out copy), in order. */
  static List<String> notebooks(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
    }
  }
}
