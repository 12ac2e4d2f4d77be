package dev.tablebook.engine;

import dev.tablebook.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code %%writefile [-a|--append] FILE}: writes the cell's body to a file, relative to the
 * notebook's working directory, and says so as IPython does ({@code Writing}, {@code Overwriting},
 * {@code Appending to}). The file is replaced whole, never left half written; a missing folder is
 * an error, not created (as in IPython).
 */
final class WriteFileMagic implements Magic {
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
  public boolean isLineMagic() {
    return false;
  }

  @Override
  public boolean isCellMagic() {
    return true;
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
    context.println((append && exists ? "Appending to " : exists ? "Overwriting " : "Writing ") + name);
    try {
      byte[] before = append && exists ? Files.readAllBytes(file) : new byte[0];
      byte[] added = text.getBytes(StandardCharsets.UTF_8);
      byte[] whole = java.util.Arrays.copyOf(before, before.length + added.length);
      System.arraycopy(added, 0, whole, before.length, added.length);
      AtomicFiles.write(file, whole, true); // readable by others, as a file the user writes by hand would be
    } catch (IOException e) {
      throw new MagicException("%%writefile: cannot write " + file + ": " + e, e);
    }
    return true;
  }
}
