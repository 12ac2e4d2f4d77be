package dev.tablebook.engine.magic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** {@code %load FILE}: runs a .jsh or .java file, or every code cell of a .ipynb notebook, here. */
final class LoadMagic implements Magic {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;", java.util.regex.Pattern.MULTILINE);

  @Override
  public String name() {
    return "load";
  }

  @Override
  public String help() {
    return "run the code of a .jsh or .java file, or the code cells of a .ipynb notebook";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    java.util.List<String> words = MagicArguments.split(arguments);
    if (words.size() != 1) {
      throw new MagicException("%load needs one file: a .jsh, .java or .ipynb (quote a name with spaces)");
    }
    Path file = context.resolve(words.get(0));
    String text = MagicException.readFile("load", file);
    context.dependsOn(file);
    if (file.toString().endsWith(".java")) {
      return context.run(PACKAGE.matcher(text).replaceFirst("")); // JShell code lives in no package
    }
    if (!file.toString().endsWith(".ipynb")) {
      return context.run(text);
    }
    for (String code : codeCells(file, text)) {
      if (!context.run(code)) {
        return false;
      }
    }
    return true;
  }

  private static Iterable<String> codeCells(Path file, String text) throws MagicException {
    JsonNode cells;
    try {
      cells = JSON.readTree(text).path("cells");
    } catch (IOException e) {
      throw new MagicException("%load: " + file + " is not a notebook (not valid JSON: " + e.getMessage() + ")", e);
    }
    java.util.List<String> code = new java.util.ArrayList<>();
    for (JsonNode cell : cells) {
      if (cell.path("cell_type").asText().equals("code")) {
        JsonNode source = cell.path("source");
        if (source.isArray()) {
          StringBuilder joined = new StringBuilder();
          source.forEach(line -> joined.append(line.asText()));
          code.add(joined.toString());
        } else {
          code.add(source.asText());
        }
      }
    }
    return code;
  }
}
