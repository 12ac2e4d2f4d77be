package dev.tablebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tests that run Node scripts ({@code src/test/node}) need, and how to get each missing
 * piece: the commands on the PATH, and a module installed at the version {@code package.json} pins.
 */
public final class NodeTools {
  /** The folder of the Node scripts, their {@code package.json} and (installed by {@code npm ci}) node_modules. */
  public static final Path DIR = Path.of("src/test/node");
  private static final ObjectMapper JSON = new ObjectMapper();

  private NodeTools() {}

  /** One line for each thing missing to run {@code node} with {@code module}, saying how to install it; empty when all is there. */
  public static List<String> missing(String module) throws IOException {
    List<String> missing = new ArrayList<>();
    if (onPath("node") == null) {
      missing.add("node is not on the PATH (Debian: apt-get install nodejs)");
    }
    Path installed = DIR.resolve("node_modules").resolve(module).resolve("package.json");
    if (!Files.isRegularFile(installed)) {
      missing.add(installed.getParent() + " is missing: run `npm ci --prefix " + DIR + "`"
          + (onPath("npm") == null ? ", after installing npm, which is not on the PATH (Debian: apt-get install npm)" : ""));
    } else {
      String pinned = JSON.readTree(DIR.resolve("package.json").toFile()).path("dependencies").path(module).asText();
      String version = JSON.readTree(installed.toFile()).path("version").asText();
      if (!version.equals(pinned)) {
        missing.add(installed.getParent() + " is version " + version + ", but package.json pins " + pinned
            + ": run `npm ci --prefix " + DIR + "`");
      }
    }
    return missing;
  }

  /** {@code command} as found on the PATH, or null. */
  public static Path onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir).resolve(command);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
