package dev.tablebook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small nbformat 4 notebooks of code cells, written for tests of the command line. */
final class CodeNotebooks {
  private CodeNotebooks() {}

  /** Writes {@code dir/name} with one code cell per {@code code}, the first tagged with {@code firstCellTags}. */
  static Path write(Path dir, String name, List<String> firstCellTags, String... code) throws Exception {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < code.length; i++) {
      String tags = i == 0 ? String.join(", ", firstCellTags.stream().map(tag -> "\"" + tag + "\"").toList()) : "";
      cells.append(i == 0 ? "" : ",").append("{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c").append(i)
          .append("\", \"metadata\": {").append(tags.isEmpty() ? "" : "\"tags\": [" + tags + "]").append("}, \"outputs\": [], \"source\": ")
          .append(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(code[i])).append("}");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"cells\": [" + cells + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
    return file;
  }
}
