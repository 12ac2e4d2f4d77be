package dev.tablebook.engine.magic;

import dev.tablebook.io.AtomicFiles;
import dev.tablebook.io.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code %%writefile [-a|--append] FILE}: writes the cell's body to a file, relative to the
 * notebook's working directory, and says so as IPython does ({@code Writing}, {@code Overwriting},
 * {@code Appending to}). The file is replaced whole, never left half written; a missing folder is
 * an error, not created (as in IPython).
 */
final class WriteFileMagic implements CellMagic {
  private static final String USAGE = "usage: %%writefile [-a|--append] FILE (quote a name with spaces)";

  @Override
  public String name() {
    return "writefile";
  }

  @Override
  public String help() {
    return "write the cell to a file (-a: append to it)";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    List<String> words = MagicArguments.split(arguments);
    boolean append = !words.isEmpty() && (words.get(0).equals("-a") || words.get(0).equals("--append"));
    List<String> files = append ? words.subList(1, words.size()) : words;
    if (files.size() != 1 || files.get(0).startsWith("-")) {
      throw new MagicException(USAGE);
    }
    String name = files.get(0);
    Path file = context.resolve(name);
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new MagicException("%%writefile: the folder " + folder + " does not exist (create it first)");
    }
    if (Files.isDirectory(file)) {
      throw new MagicException("%%writefile: " + file + " is a folder, not a file");
    }
    boolean exists = Files.exists(file);
    String text = body.endsWith("\n") || body.isEmpty() ? body : body + "\n"; // IPython writes the cell's last line ended
    try {
      if (append && exists) { // appended in place, as >> does: no copy of a large file, other appenders keep their lines
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      } else { // a new or replaced file is never seen half written; one that exists keeps its mode
        AtomicFiles.write(file, text, true);
      }
    } catch (java.nio.file.FileSystemException e) {
      throw new MagicException("%%writefile: cannot write " + FileErrors.describe(e), e);
    } catch (IOException e) {
      throw new MagicException("%%writefile: cannot write " + file + ": " + e.getMessage(), e);
    }
    context.println((append && exists ? "Appending to " : exists ? "Overwriting " : "Writing ") + name);
    return true;
  }
}
