package dev.tablebook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command walked through a corpus of bad inputs, in process: each gives its exit code and one
 * line {@code tablebook: FILE...: what is wrong} naming the file, never a stack trace, and leaves
 * every input byte for byte as it was (and no temporary file beside it). The corpus and what each
 * input gives is the table in the README's "When something is wrong" section.
 */
class BadInputCorpusTest {
  @TempDir static Path dir;
  static Path in;
  static Path out;

  /** One bad input: what to run, the exit code, and a text the one-line message must contain. */
  record Case(String name, List<String> args, int exitCode, String says) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String CELL = "{\"cell_type\": \"code\", \"id\": \"c1\", \"metadata\": {}, \"source\": \"1 + 1\","
      + " \"outputs\": [], \"execution_count\": null}";
  private static final String NOTEBOOK = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [" + CELL + "]}";
  private static final String PARAMETERS = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
      + "{\"cell_type\": \"code\", \"id\": \"p\", \"metadata\": {\"tags\": [\"parameters\"]},"
      + " \"source\": \"int year = 2024;\\ndouble rate = 0.5;\\nString label = \\\"x\\\";\", \"outputs\": [], \"execution_count\": null}]}";

  private static final String CAFE = NOTEBOOK.replace("1 + 1", "\\\"caf\u00e9\\\"");

  @BeforeAll
  static void writeCorpus() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
    Files.write(in.resolve("ok.ipynb"), CAFE.getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("latin1.ipynb"), CAFE.getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("not-json.ipynb"), "{\"nbformat\": 4,\n \"cells\": [}\n");
    Files.writeString(in.resolve("array.ipynb"), "[1, 2]");
    Files.writeString(in.resolve("v3.ipynb"), "{\"nbformat\": 3, \"worksheets\": []}");
    Files.writeString(in.resolve("no-outputs.ipynb"), NOTEBOOK.replace("\"outputs\": [], ", ""));
    Files.writeString(in.resolve("trailing-nul.ipynb"), NOTEBOOK + "\u0000");
    Files.writeString(in.resolve("empty.ipynb"), "");
    Files.createDirectories(in.resolve("folder.ipynb"));
    Files.writeString(in.resolve("a-file"), "not a folder");
    Files.writeString(in.resolve("params.ipynb"), PARAMETERS);
    Files.writeString(in.resolve("huge.ipynb"), NOTEBOOK.replace("1 + 1", "// " + "x".repeat(8 << 20)));
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/ok.ipynb"), NOTEBOOK);
    Files.createSymbolicLink(in.resolve("link-to-latin1.ipynb"), Path.of("latin1.ipynb"));
    Files.createSymbolicLink(in.resolve("loop.ipynb"), Path.of("loop.ipynb"));
    Files.createSymbolicLink(in.resolve("dangling.ipynb"), Path.of("nowhere.ipynb"));
    Files.writeString(in.resolve("connection.json"), "{\"transport\": \"tcp\",\n \"ip\": ");
    Files.writeString(in.resolve("connection-fields.json"), "{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\"}");
  }

  static Stream<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    for (String command : List.of("run", "verify", "report")) {
      cases.add(new Case(command + ": invalid UTF-8", List.of(command, f("latin1.ipynb")), 2,
          "latin1.ipynb:1:" + (CAFE.indexOf('\u00e9') + 1) + ": not UTF-8 text (byte 0xE9"));
      cases.add(new Case(command + ": not JSON", List.of(command, f("not-json.ipynb")), 2, "not-json.ipynb:2:12: not valid JSON: Unexpected close marker '}': expected ']' (for Array starting at line 2, column 11)"));
      cases.add(new Case(command + ": JSON, not a notebook", List.of(command, f("array.ipynb")), 2, "array.ipynb: a notebook is a JSON object"));
      cases.add(new Case(command + ": nbformat 3", List.of(command, f("v3.ipynb")), 2, "v3.ipynb: nbformat 3 is too old"));
      cases.add(new Case(command + ": a code cell without outputs", List.of(command, f("no-outputs.ipynb")), 2,
          "no-outputs.ipynb: cells[0].outputs: expected a list"));
      cases.add(new Case(command + ": a NUL byte after the JSON", List.of(command, f("trailing-nul.ipynb")), 2,
          "trailing-nul.ipynb:1:"));
      cases.add(new Case(command + ": an empty file", List.of(command, f("empty.ipynb")), 2, "empty.ipynb: a notebook is a JSON object"));
      cases.add(new Case(command + ": a missing file", List.of(command, f("missing.ipynb")), 2, "missing.ipynb: no such"));
    }
    for (String command : List.of("run", "verify")) { // report takes folders
      cases.add(new Case(command + ": a folder", List.of(command, f("folder.ipynb")), 2, "folder.ipynb: is a folder, not a file"));
    }
    cases.add(new Case("run: a link to a bad notebook", List.of("run", f("link-to-latin1.ipynb")), 2,
        "link-to-latin1.ipynb:1:" + (CAFE.indexOf('\u00e9') + 1) + ": not UTF-8 text"));
    cases.add(new Case("run: a link to itself", List.of("run", f("loop.ipynb")), 2, "loop.ipynb: too many levels of symbolic links"));
    cases.add(new Case("run: a dangling link", List.of("run", f("dangling.ipynb")), 2, "dangling.ipynb: no such file"));
    cases.add(new Case("run --help-params: an 8 MB cell is read, not refused", List.of("run", "--help-params", f("huge.ipynb")), 0, ""));
    cases.add(new Case("run: --out is a file", List.of("run", f("ok.ipynb"), "--out", f("a-file")), 2, "a-file: exists and is not a folder"));
    cases.add(new Case("run: --out is the notebook's own folder", List.of("run", f("ok.ipynb"), "--out", in.toString()), 2,
        "would overwrite " + f("ok.ipynb") + " itself"));
    cases.add(new Case("run: --out where one notebook's copy would be another notebook", List.of("run", "--out", f("sub"),
        f("ok.ipynb"), f("sub/ok.ipynb")), 2, "would overwrite " + f("sub/ok.ipynb") + " itself"));
    cases.add(new Case("run: --out under a file", List.of("run", f("ok.ipynb"), "--out", f("a-file") + "/sub"), 2, "a-file"));
    cases.add(new Case("run: --in-place with --out", List.of("run", f("ok.ipynb"), "--in-place", "--out", out.toString()), 2,
        "--in-place and --out exclude each other"));
    cases.add(new Case("verify: --out is a file", List.of("verify", f("ok.ipynb"), "--out", f("a-file")), 2, "a-file: exists and is not a folder"));
    cases.add(new Case("verify: --junit is a folder", List.of("verify", f("ok.ipynb"), "--junit", f("folder.ipynb")), 2,
        "folder.ipynb: is a folder, not a file"));
    cases.add(new Case("run: an undeclared parameter", List.of("run", f("params.ipynb"), "-p", "nope", "1", "--out", out.toString()), 2,
        "params.ipynb: unknown parameter \"nope\"; the parameters cell declares: year, rate, label"));
    cases.add(new Case("verify: an undeclared parameter", List.of("verify", f("params.ipynb"), "-p", "nope", "1"), 2,
        "params.ipynb: unknown parameter \"nope\""));
    cases.add(new Case("run: an int parameter that is not a number", List.of("run", f("params.ipynb"), "-p", "year", "20x4", "--out",
        out.toString()), 2, "params.ipynb: parameter year is declared int, and \"20x4\" is not an int"));
    cases.add(new Case("run: an int parameter out of range", List.of("run", f("params.ipynb"), "-p", "year", "99999999999", "--out",
        out.toString()), 2, "params.ipynb: parameter year is declared int"));
    cases.add(new Case("run: a double parameter that is not a number", List.of("run", f("params.ipynb"), "-p", "rate", "fast", "--out",
        out.toString()), 2, "params.ipynb: parameter rate is declared double"));
    cases.add(new Case("run: a double parameter too large for a double", List.of("run", f("params.ipynb"), "-p", "rate", "1e400",
        "--out", out.toString()), 2, "params.ipynb: parameter rate is declared double"));
    cases.add(new Case("run: a parameter with no value", List.of("run", f("params.ipynb"), "-p", "rate"), 2, "rate"));
    cases.add(new Case("run: a bad --timeout", List.of("run", f("ok.ipynb"), "--timeout", "soon"), 2, "soon"));
    cases.add(new Case("run: a bad --shard", List.of("run", f("ok.ipynb"), "--shard", "3/2"), 2, "3/2"));
    cases.add(new Case("report: --out is a file", List.of("report", f("ok.ipynb"), "--out", f("a-file")), 2, "a-file"));
    cases.add(new Case("datasets: a folder with no package", List.of("datasets", "validate", f("folder.ipynb")), 1,
        "folder.ipynb/datapackage.json: no data package here"));
    cases.add(new Case("datasets: an unknown table", List.of("datasets", "show", "nope"), 2, "no table \"nope\""));
    cases.add(new Case("kernel: a missing connection file", List.of("kernel", "-f", f("missing.json")), 2, "missing.json"));
    cases.add(new Case("kernel: a connection file that is not JSON", List.of("kernel", "-f", f("connection.json")), 2,
        "connection.json:2:"));
    cases.add(new Case("kernel: a connection file without ports", List.of("kernel", "-f", f("connection-fields.json")), 2,
        "connection-fields.json"));
    cases.add(new Case("kernel: a folder as connection file", List.of("kernel", "-f", f("folder.ipynb")), 2,
        "folder.ipynb: is a folder, not a file"));
    cases.add(new Case("install: a prefix that is a file", List.of("install", "--prefix", f("a-file"), "--no-class-data"), 2,
        "a-file: exists and is not a folder"));
    cases.add(new Case("an unknown command", List.of("frobnicate"), 2, "frobnicate"));
    return cases.stream();
  }

  private static String f(String name) {
    return in.resolve(name).toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aBadInputGetsOneClearLineAndLosesNothing(Case bad) throws IOException {
    Map<Path, byte[]> before = snapshot(in);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), bad.args().toArray(String[]::new));
    String err = stderr.toString();
    assertEquals(bad.exitCode(), code, bad + ": exit code; it said:\n" + err + stdout);
    assertTrue(err.contains(bad.says()), bad + ": the message should say \"" + bad.says() + "\"; it said:\n" + err);
    assertFalse(err.contains("\tat ") || err.contains("Exception:") || stdout.toString().contains("\tat "),
        bad + ": no stack trace or exception name; it said:\n" + err);
    assertEquals(before.keySet(), snapshot(in).keySet(), bad + ": no file added or removed beside the inputs");
    before.forEach((file, bytes) -> assertArrayEquals(bytes, read(file), bad + ": " + file + " unchanged"));
  }

  @Test
  void debugAddsTheStackTraceAfterTheSameLine() {
    StringWriter stderr = new StringWriter();
    assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), "run", "--debug", f("folder.ipynb")));
    String[] lines = stderr.toString().split("\n");
    assertEquals("tablebook: " + f("folder.ipynb") + ": is a folder, not a file", lines[0]);
    assertTrue(stderr.toString().contains("\tat dev.tablebook.io.TextFiles"), stderr.toString());
  }

  @Test
  void anUnreadableNotebookSaysPermissionDenied() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file: no permission to take away");
    Path locked = Files.writeString(dir.resolve("locked.ipynb"), NOTEBOOK);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
    StringWriter stderr = new StringWriter();
    assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), "run", locked.toString()));
    assertEquals("tablebook: " + locked + ": permission denied\n", stderr.toString());
  }

  private static Map<Path, byte[]> snapshot(Path folder) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(file, Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new AssertionError(file + " cannot be read any more", e);
    }
  }
}
