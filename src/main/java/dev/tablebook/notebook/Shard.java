package dev.tablebook.notebook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks shard K of N of a set of notebooks, so that N CI machines given the same notebooks and shards
 * 1/N … N/N together run every notebook exactly once.
 *
 * <p><b>The rule.</b> A notebook is named by its key: its path relative to a root (the working
 * directory, for the command line), normalised ({@code .} and {@code ..} removed), with {@code /}
 * separators, so a checkout gives the same keys on every machine and operating system. The distinct keys
 * are ordered by the SHA-256 of their UTF-8 bytes and cut into N consecutive runs whose sizes differ by
 * at most one; shard K is the K-th run.
 *
 * <p><b>Why.</b> A shard depends on nothing but the set of keys: not on the order the paths are given,
 * the machine, the JVM or the time. Shards are as balanced as counts can be. The hash order mixes
 * folders and names, so a folder of slow notebooks is spread over the shards rather than landing in one.
 * Hashing each notebook to a shard on its own would keep it there whatever else changes, but sizes
 * then vary at random (300 notebooks in 3 shards: about 100 ± 8 each; 6 notebooks: often 1, 2 and 3).
 * Cutting in runs rather than dealing round-robin keeps membership stable as notebooks come and go:
 * adding or removing one notebook moves at most N − 1 others, each to a neighbouring shard (one across
 * each boundary between runs), where dealing would move about half of them. The price of balance is
 * that every shard must be given the same set of notebooks (the same glob in the same checkout), as
 * the jobs of a CI matrix are.
 *
 * @param number K, from 1 to {@code count}
 * @param count N, at least 1
 * @since 0.1
 */
public record Shard(int number, int count) {
  private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

  /** Checks 1 ≤ K ≤ N; the message names the bad value. */
  public Shard {
    if (count < 1) {
      throw new IllegalArgumentException("shard " + number + "/" + count + ": N must be at least 1");
    }
    if (number < 1 || number > count) {
      throw new IllegalArgumentException("shard " + number + "/" + count + ": K must be from 1 to " + count);
    }
  }

  /** Reads {@code K/N}, e.g. {@code 2/3} for the second of three shards. */
  public static Shard parse(String text) {
    Matcher m = SPEC.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("shard \"" + text + "\" is not K/N (e.g. 2/3, the second of three shards)");
    }
    return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Keeps, in the order given, the notebooks of this shard, their keys taken relative to {@code root}. */
  public List<Path> select(List<Path> notebooks, Path root) {
    Map<String, Integer> shards = assign(notebooks, root, count);
    return notebooks.stream().filter(path -> shards.get(key(path, root)) == number).toList();
  }

  /** Gives each notebook's key its shard number (1 to {@code count}) by the rule above. */
  static Map<String, Integer> assign(List<Path> notebooks, Path root, int count) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    notebooks.forEach(path -> distinct.add(key(path, root)));
    List<String> keys = new ArrayList<>(distinct);
    Map<String, byte[]> hashes = new HashMap<>();
    keys.forEach(key -> hashes.put(key, sha256(key)));
    keys.sort(Comparator.<String, byte[]>comparing(hashes::get, Arrays::compareUnsigned).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> shards = new HashMap<>();
    long size = keys.size();
    for (int k = 1; k <= count; k++) {
      for (int i = (int) ((k - 1) * size / count); i < (int) (k * size / count); i++) {
        shards.put(keys.get(i), k);
      }
    }
    return shards;
  }

  /** The key of a notebook: its path relative to {@code root}, normalised, with {@code /} separators. */
  public static String key(Path notebook, Path root) {
    Path absolute = notebook.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path relative = Objects.equals(absolute.getRoot(), base.getRoot()) ? base.relativize(absolute) : absolute;
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** {@code K/N}. */
  @Override
  public String toString() {
    return number + "/" + count;
  }
}
