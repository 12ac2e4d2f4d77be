package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}/{@code verify --shard K/N} and {@code report} of several folders, through the command line. */
class ShardingTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(List<String> args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
  }

  private static List<String> args(Object... parts) {
    List<String> args = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof List<?> many) {
        many.forEach(one -> args.add(one.toString()));
      } else {
        args.add(part.toString());
      }
    }
    return args;
  }

  /** A notebook of one code cell and its committed output. */
  private static Path notebook(Path file, String code, String output) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, """
        {"cells": [{"cell_type": "markdown", "id": "t", "metadata": {}, "source": ["# %s"]},
          {"cell_type": "code", "execution_count": 1, "id": "a", "metadata": {},
          "outputs": [{"data": {"text/plain": ["%s"]}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}],
          "source": ["%s"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """.formatted(code, output, code));
  }

  @Test
  void notebooksOfOneNameInTwoFoldersKeepTheirFoldersThroughRunVerifyAndReport(@TempDir Path dir) throws Exception {
    List<Path> notebooks = List.of(notebook(dir.resolve("a/x.ipynb"), "1 + 1", "2"), notebook(dir.resolve("b/x.ipynb"), "2 + 2", "4"));
    Path executed = dir.resolve("executed");
    assertEquals(0, run(args("run", notebooks, notebooks.get(0), "--out", executed)), err.toString());
    assertTrue(Files.readString(executed.resolve("a/x.ipynb")).contains("1 + 1"));
    assertTrue(Files.readString(executed.resolve("b/x.ipynb")).contains("2 + 2"));
    assertEquals(2, out.toString().lines().filter(line -> line.contains("cells run")).count(), "the notebook named twice ran once");
    Path verified = dir.resolve("verified");
    assertEquals(0, run(args("verify", notebooks, "--out", verified)), err.toString());
    assertTrue(Files.exists(verified.resolve("a/x.ipynb")) && Files.exists(verified.resolve("b/x.ipynb")));
    Files.createDirectories(executed.resolve(".ipynb_checkpoints"));
    Files.copy(executed.resolve("a/x.ipynb"), executed.resolve(".ipynb_checkpoints/x-checkpoint.ipynb"));
    assertEquals(0, run(args("report", executed, "--out", dir.resolve("report"))), err.toString());
    assertTrue(out.toString().startsWith("wrote a report of 2 notebook(s)"), out.toString());
  }

  @Test
  void nShardsOfRunTogetherTakeEveryNotebookExactlyOnceWhateverTheOrderGiven(@TempDir Path dir) throws Exception {
    List<Path> notebooks = new ArrayList<>();
    for (String name : List.of("a.ipynb", "b.ipynb", "sales/a.ipynb", "sales/q1.ipynb", "sales/q2.ipynb")) {
      notebooks.add(notebook(dir.resolve(name), "1 + 1", "2"));
    }
    List<Path> reversed = new ArrayList<>(notebooks);
    java.util.Collections.reverse(reversed);
    for (int count : new int[] {1, 2, 3, 5, 7}) {
      Map<Path, Integer> times = new HashMap<>();
      for (int k = 1; k <= count; k++) {
        assertEquals(0, run(args("run", "--help-params", "--shard", k + "/" + count, notebooks)), err.toString());
        List<String> lines = out.toString().lines().toList();
        List<Path> listed = lines.stream().filter(line -> line.endsWith(".ipynb:"))
            .map(line -> Path.of(line.substring(0, line.length() - 1))).toList();
        listed.forEach(path -> times.merge(path, 1, Integer::sum));
        assertTrue(lines.get(0).startsWith("shard " + k + "/" + count + ": " + listed.size() + " of 5 notebooks"), lines.get(0));
        assertTrue(listed.size() == 5 / count || listed.size() == 5 / count + 1, "balanced: " + lines.get(0));

        assertEquals(0, run(args("run", "--help-params", "--shard", k + "/" + count, reversed)), err.toString());
        assertEquals(listed.stream().sorted().toList(), out.toString().lines().filter(line -> line.endsWith(".ipynb:"))
            .map(line -> Path.of(line.substring(0, line.length() - 1))).sorted().toList(), "the same shard in any order");
      }
      assertEquals(notebooks.stream().sorted().toList(), times.keySet().stream().sorted().toList(), count + " shards");
      assertTrue(times.values().stream().allMatch(n -> n == 1), count + " shards: " + times);
    }
  }

  @Test
  void verifyShardsWriteTheirOwnNotebooksAndJunitAndOneReportShowsThemAll(@TempDir Path dir) throws Exception {
    // The same file name in two folders: the two shards' folders each get one, and the report keeps both.
    List<Path> notebooks = List.of(notebook(dir.resolve("nb/east/same.ipynb"), "1 + 1", "2"),
        notebook(dir.resolve("nb/west/same.ipynb"), "2 + 1", "3"));
    List<Path> executed = new ArrayList<>();
    for (int k = 1; k <= 2; k++) {
      Path folder = dir.resolve("executed-" + k);
      Path junit = dir.resolve("verify-" + k + ".xml");
      assertEquals(0, run(args("verify", notebooks, "--shard", k + "/2", "--out", folder, "--junit", junit)), err.toString());
      assertTrue(out.toString().startsWith("shard " + k + "/2: 1 of 2 notebooks: "), out.toString());
      String xml = Files.readString(junit);
      assertEquals(1, xml.split("<testsuite ", -1).length - 1, xml);
      try (Stream<Path> files = Files.list(folder)) {
        assertEquals(List.of(folder.resolve("same.ipynb")), files.toList());
      }
      executed.add(folder);
    }
    String first = Files.readString(dir.resolve("executed-1/same.ipynb"));
    String second = Files.readString(dir.resolve("executed-2/same.ipynb"));
    assertTrue(first.contains("1 + 1") != second.contains("1 + 1"), "each notebook ran in exactly one shard");

    Path report = dir.resolve("report");
    assertEquals(0, run(args("report", executed, "--out", report)), err.toString());
    assertTrue(out.toString().startsWith("wrote a report of 2 notebook(s)"), out.toString());
    String index = Files.readString(report.resolve("index.html"));
    assertTrue(index.contains("<a href=\"same.html\">") && index.contains("<a href=\"same-2.html\">"), index);
    String pages = Files.readString(report.resolve("same.html")) + Files.readString(report.resolve("same-2.html"));
    assertTrue(pages.contains("<h1>1 + 1</h1>") && pages.contains("<h1>2 + 1</h1>"), "two pages, one per notebook");
  }

  @Test
  void reportPoolsFoldersGivenTogetherByFileNameAndKeepsTheIndex(@TempDir Path dir) throws Exception {
    notebook(dir.resolve("executed-1/c.ipynb"), "3", "3");
    notebook(dir.resolve("executed-1/index.ipynb"), "0", "0");
    notebook(dir.resolve("executed-2/b.ipynb"), "2", "2");
    Path report = dir.resolve("report");
    assertEquals(0, run(args("report", dir.resolve("executed-1"), dir.resolve("executed-2"), dir.resolve("executed-1/c.ipynb"),
        "--out", report)), err.toString());
    assertTrue(out.toString().startsWith("wrote a report of 3 notebook(s)"), "c.ipynb given twice has one page: " + out);
    String index = Files.readString(report.resolve("index.html"));
    assertTrue(index.contains("<h1>Notebooks</h1>"), "index.html is still the index: " + index);
    assertTrue(index.matches("(?s).*b\\.html.*c\\.html.*index-2\\.html.*"), "by file name across the folders: " + index);
    assertTrue(Files.readString(report.resolve("index-2.html")).contains("<h1>0</h1>"));
  }

  @Test
  void aShardWithNoNotebooksSucceedsWithANote(@TempDir Path dir) throws Exception {
    List<Path> notebooks = List.of(notebook(dir.resolve("a.ipynb"), "1 + 1", "2"), notebook(dir.resolve("b.ipynb"), "1 + 1", "2"));
    String empty = null; // two notebooks in three shards: one shard has none
    for (int k = 1; k <= 3; k++) {
      assertEquals(0, run(args("run", "--help-params", notebooks, "--shard", k + "/3")), err.toString());
      empty = out.toString().startsWith("shard " + k + "/3: 0 of 2") ? k + "/3" : empty;
    }
    assertEquals(0, run(args("run", notebooks, "--shard", empty, "--out", dir.resolve("executed"))), err.toString());
    assertEquals("shard " + empty + ": 0 of 2 notebooks, nothing to run (more shards than notebooks)\n", out.toString());
    assertFalse(Files.exists(dir.resolve("executed")));
    Path junit = dir.resolve("verify.xml");
    assertEquals(0, run(args("verify", notebooks, "--shard", empty, "--junit", junit)), err.toString());
    assertTrue(out.toString().startsWith("shard " + empty + ": 0 of 2 notebooks, nothing to run"), out.toString());
    assertFalse(Files.readString(junit).contains("<testsuite "), "a JUnit file with no tests, for the CI to collect");
  }

  @Test
  void aBadShardIsAUsageErrorThatNamesTheValue(@TempDir Path dir) throws Exception {
    Path notebook = notebook(dir.resolve("a.ipynb"), "1 + 1", "2");
    assertEquals(2, run(args("run", notebook, "--shard", "4/3")));
    assertTrue(err.toString().contains("shard 4/3: K must be from 1 to 3"), err.toString());
    assertEquals(2, run(args("verify", notebook, "--shard", "two")));
    assertTrue(err.toString().contains("shard \"two\" is not K/N"), err.toString());
    assertEquals("", out.toString());
  }
}
