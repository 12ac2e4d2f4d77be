package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.output.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** %%html, %%markdown, %%javascript, %%writefile and %lsmagic's listing of them, in an engine working in a folder of its own. */
class EngineCellMagicsTest extends EngineTestBase {
  @TempDir
  static Path work;

  @BeforeAll
  static void workInAFolderOfItsOwn() {
    restartWith(EngineOptions.defaults().withMaxCellOutputBytes(64 * 1024).withWorkingDirectory(work));
  }

  private static MimeBundle displayed(RecordingSink sink) {
    List<Output.DisplayData> shown = sink.outputs.stream().filter(Output.DisplayData.class::isInstance)
        .map(Output.DisplayData.class::cast).toList();
    assertEquals(1, shown.size(), sink.outputs.toString());
    assertTrue(sink.results().isEmpty(), "a display magic has no value to show as well");
    return shown.get(0).bundle();
  }

  @Test
  void htmlShowsTheBodyAsHtmlWithTheTextAsFallback() {
    String body = "<b>bold</b>\n<i>and more</i>";
    MimeBundle bundle = displayed(run("%%html\n" + body));
    assertEquals(Map.of("text/html", body, "text/plain", body), bundle.data());
    assertEquals("text/html", bundle.data().keySet().iterator().next(), "the richer type is preferred");
  }

  @Test
  void markdownShowsTheBodyAsMarkdown() {
    MimeBundle bundle = displayed(run("%%markdown\n# Title\n\n*emphasis*"));
    assertEquals("# Title\n\n*emphasis*", bundle.get("text/markdown").orElseThrow());
    assertEquals("# Title\n\n*emphasis*", bundle.plainText());
  }

  @Test
  void javascriptIsSentAsApplicationJavascript() {
    MimeBundle bundle = displayed(run("%%javascript\nconsole.log(1 < 2);"));
    assertEquals("console.log(1 < 2);", bundle.get("application/javascript").orElseThrow());
  }

  @Test
  void aDisplayMagicIsACellMagicOnly() {
    assertTrue(run("%html <b>x</b>").error().evalue().startsWith("unknown line magic %html"));
    assertTrue(run("%%html --nope\n<b>x</b>").error().evalue().contains("takes no arguments"));
  }

  @Test
  void writefileWritesRelativeToTheWorkingDirectorySayingWhatItDid() throws IOException {
    RecordingSink first = run("%%writefile notes.txt\nline one\nline two");
    assertEquals("Writing notes.txt\n", first.stdout());
    assertEquals("line one\nline two\n", Files.readString(work.resolve("notes.txt")));

    assertEquals("Overwriting notes.txt\n", run("%%writefile notes.txt\nreplaced").stdout());
    assertEquals("replaced\n", Files.readString(work.resolve("notes.txt")));

    assertEquals("Appending to notes.txt\n", run("%%writefile -a notes.txt\nadded").stdout());
    assertEquals("Appending to notes.txt\n", run("%%writefile --append notes.txt\nagain\n").stdout());
    assertEquals("replaced\nadded\nagain\n", Files.readString(work.resolve("notes.txt")));
  }

  /** Found by review: the file was rewritten whole to append, and made readable by all (a 0600 .env, a 0755 script). */
  @Test
  void writefileKeepsAnExistingFilesModeAndAppendsInPlace() throws IOException {
    Path secret = java.nio.file.Files.writeString(work.resolve("secret.env"), "KEY=1\n");
    java.nio.file.Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    Object inode = java.nio.file.Files.getAttribute(secret, "unix:ino");
    assertEquals("Appending to secret.env\n", run("%%writefile -a secret.env\nOTHER=2").stdout());
    assertEquals("KEY=1\nOTHER=2\n", java.nio.file.Files.readString(secret));
    assertEquals(inode, java.nio.file.Files.getAttribute(secret, "unix:ino"), "appended to the same file, not a copy");
    Path script = java.nio.file.Files.writeString(work.resolve("run.sh"), "echo old\n");
    java.nio.file.Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
    run("%%writefile run.sh\necho new");
    for (Path file : List.of(secret, script)) {
      assertEquals(file == secret ? "rw-------" : "rwxr-x---",
          java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)), file.toString());
    }
  }

  @Test
  void writefileAppendingToANewFileWritesIt() throws IOException {
    assertEquals("Writing fresh.txt\n", run("%%writefile -a fresh.txt\nfirst").stdout());
    assertEquals("first\n", Files.readString(work.resolve("fresh.txt")));
  }

  @Test
  void writefileTakesAQuotedNameWithSpaces() throws IOException {
    Files.createDirectories(work.resolve("my scripts"));
    assertEquals("Writing my scripts/run me.sh\n", run("%%writefile \"my scripts/run me.sh\"\necho hi").stdout());
    assertEquals("echo hi\n", Files.readString(work.resolve("my scripts/run me.sh")));
  }

  @Test
  void writefileDoesNotCreateAMissingFolder() {
    Output.Error error = run("%%writefile missing/folder/file.txt\ntext").error();
    assertEquals("MagicException", error.ename());
    assertTrue(error.evalue().contains("the folder " + work.resolve("missing/folder") + " does not exist"), error.evalue());
    assertFalse(Files.exists(work.resolve("missing")));
  }

  @Test
  void writefileNeedsExactlyOneFile() {
    for (String header : List.of("%%writefile", "%%writefile a.txt b.txt", "%%writefile -a", "%%writefile -x a.txt")) {
      assertTrue(run(header + "\ntext").error().evalue().startsWith("usage: %%writefile [-a|--append] FILE"), header);
    }
    assertTrue(run("%%writefile .\ntext").error().evalue().contains("is a folder"));
  }

  @Test
  void lsmagicListsEveryNewMagicWithItsHelp() {
    String listing = run("%lsmagic").stdout();
    for (String line : List.of("%%html", "%%markdown", "%%javascript", "%%writefile", "%%bash", "%vars")) {
      String entry = listing.lines().filter(l -> l.startsWith(line + " ")).findFirst().orElseThrow(() -> new AssertionError(listing));
      assertTrue(entry.substring(line.length()).strip().length() > 10, "one line of help: " + entry);
    }
  }
}
