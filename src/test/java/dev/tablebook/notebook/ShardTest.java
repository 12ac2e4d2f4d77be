package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
  private static final Path ROOT = Path.of("/ci/checkout").toAbsolutePath();

  /** {@code count} notebooks in a few folders, named as teams name them (similar names, numbers). */
  private static List<Path> notebooks(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> ROOT.resolve(List.of("notebooks", "notebooks/sales", "reports/2024").get(i % 3)).resolve("nb-" + i + ".ipynb"))
        .toList();
  }

  private static List<List<Path>> shards(List<Path> notebooks, int count, Path root) {
    List<List<Path>> shards = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      shards.add(new Shard(k, count).select(notebooks, root));
    }
    return shards;
  }

  @Test
  void nShardsTogetherHoldEveryNotebookExactlyOnceAndDifferInSizeByAtMostOne() {
    for (int size : new int[] {0, 1, 2, 3, 5, 10, 37, 100, 301}) {
      List<Path> notebooks = notebooks(size);
      for (int count : new int[] {1, 2, 3, 4, 7, 10, 11, 64, 400}) {
        List<List<Path>> shards = shards(notebooks, count, ROOT);
        Map<Path, Integer> times = new HashMap<>();
        shards.forEach(shard -> shard.forEach(path -> times.merge(path, 1, Integer::sum)));
        String what = size + " notebooks in " + count + " shards";
        assertEquals(new HashSet<>(notebooks), times.keySet(), what);
        assertTrue(times.values().stream().allMatch(n -> n == 1), what);
        int smallest = shards.stream().mapToInt(List::size).min().orElseThrow();
        int largest = shards.stream().mapToInt(List::size).max().orElseThrow();
        assertTrue(largest - smallest <= 1, what + ": sizes from " + smallest + " to " + largest);
      }
    }
  }

  @Test
  void aNotebooksShardIsTheSameWhateverTheOrderOfTheArgumentsAndOnEveryCall() {
    List<Path> notebooks = notebooks(40);
    List<List<Path>> first = shards(notebooks, 3, ROOT);
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<Path> shuffled = new ArrayList<>(notebooks);
      Collections.shuffle(shuffled, random);
      List<List<Path>> again = shards(shuffled, 3, ROOT);
      for (int k = 0; k < 3; k++) {
        assertEquals(new HashSet<>(first.get(k)), new HashSet<>(again.get(k)), "shard " + (k + 1) + "/3");
        List<Path> inGivenOrder = shuffled.stream().filter(new HashSet<>(first.get(k))::contains).toList();
        assertEquals(inGivenOrder, again.get(k), "a shard keeps the order given");
      }
    }
  }

  @Test
  void theShardDependsOnThePathRelativeToTheRootNotOnTheMachineOrHowThePathIsWritten() {
    Path elsewhere = Path.of("/home/runner/work/project").toAbsolutePath();
    List<Path> here = notebooks(25);
    List<Path> there = here.stream().map(path -> elsewhere.resolve(ROOT.relativize(path))).toList();
    List<Path> untidy = here.stream().map(path -> ROOT.resolve("x/../.").resolve(ROOT.relativize(path))).toList();
    assertEquals(shards(here, 4, ROOT), shards(untidy, 4, ROOT).stream().map(s -> s.stream().map(Path::normalize).toList()).toList());
    for (int k = 0; k < 4; k++) {
      assertEquals(shards(here, 4, ROOT).get(k).stream().map(ROOT::relativize).toList(),
          shards(there, 4, elsewhere).get(k).stream().map(elsewhere::relativize).toList(), "shard " + (k + 1) + "/4");
    }
    assertEquals("notebooks/sales/a.ipynb", Shard.key(ROOT.resolve("notebooks").resolve("sales").resolve("a.ipynb"), ROOT));
    assertEquals("notebooks/a.ipynb", Shard.key(ROOT.resolve("notebooks/./x/../a.ipynb"), ROOT));
    assertEquals("../other/a.ipynb", Shard.key(ROOT.resolve("../other/a.ipynb"), ROOT));
  }

  @Test
  void aRelativePathIsTakenFromTheWorkingDirectory() {
    Path cwd = Path.of("");
    assertEquals("notebooks/a.ipynb", Shard.key(Path.of("notebooks", "a.ipynb"), cwd));
    assertEquals("notebooks/a.ipynb", Shard.key(Path.of("notebooks", "a.ipynb").toAbsolutePath(), cwd));
    List<Path> relative = notebooks(12).stream().map(ROOT::relativize).toList();
    List<Path> absolute = relative.stream().map(Path::toAbsolutePath).toList();
    for (int k = 1; k <= 3; k++) {
      assertEquals(new Shard(k, 3).select(relative, cwd).stream().map(Path::toAbsolutePath).toList(),
          new Shard(k, 3).select(absolute, cwd), "shard " + k + "/3");
    }
  }

  @Test
  void addingOrRemovingANotebookMovesAtMostNMinusOneOthers() {
    for (int count : new int[] {2, 3, 5, 8}) {
      List<Path> before = notebooks(60);
      List<Path> after = new ArrayList<>(before);
      after.add(ROOT.resolve("notebooks/new-one.ipynb"));
      Map<String, Integer> was = Shard.assign(before, ROOT, count);
      Map<String, Integer> is = Shard.assign(after, ROOT, count);
      long moved = was.entrySet().stream().filter(e -> !e.getValue().equals(is.get(e.getKey()))).count();
      assertTrue(moved <= count - 1, moved + " of 60 moved between " + count + " shards");
      assertTrue(was.entrySet().stream().allMatch(e -> Math.abs(e.getValue() - is.get(e.getKey())) <= 1), "only to a neighbour");
    }
  }

  @Test
  void theSameNotebookGivenTwiceIsInOneShardAndCountsOnce() {
    Path a = ROOT.resolve("notebooks/a.ipynb");
    List<Path> given = List.of(a, ROOT.resolve("notebooks/../notebooks/a.ipynb"), ROOT.resolve("notebooks/b.ipynb"));
    List<List<Path>> shards = shards(given, 2, ROOT);
    List<List<Path>> withA = shards.stream().filter(shard -> shard.contains(a)).toList();
    assertEquals(1, withA.size(), "a, a and b: one shard has a");
    assertEquals(2, withA.get(0).size(), "both ways of writing a, and not b: a and b are two of two");
  }

  @Test
  void kOverNIsReadAndABadValueIsNamed() {
    assertEquals(new Shard(2, 3), Shard.parse("2/3"));
    assertEquals("2/3", Shard.parse("2/3").toString());
    assertEquals(new Shard(1, 1), Shard.parse("1/1"));
    Map<String, String> bad = Map.of(
        "0/3", "shard 0/3: K must be from 1 to 3",
        "4/3", "shard 4/3: K must be from 1 to 3",
        "1/0", "shard 1/0: N must be at least 1",
        "2", "shard \"2\" is not K/N",
        "-1/3", "shard \"-1/3\" is not K/N",
        "a/b", "shard \"a/b\" is not K/N",
        "1/2/3", "shard \"1/2/3\" is not K/N",
        "", "shard \"\" is not K/N");
    bad.forEach((text, message) -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(text), text);
      assertTrue(e.getMessage().startsWith(message), e.getMessage());
    });
  }
}
