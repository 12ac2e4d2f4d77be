package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Notebook;
import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.engine.output.Output;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms IJava notebooks are written in, one test each: where magics stand, IJava's helpers and imports, images. */
class IJavaFormsTest extends EngineTestBase {
  @TempDir static Path dir;
  static Path jar;

  /** A jar with one class, {@code fixture.Greeting.hello()}, built here. */
  @BeforeAll
  static void buildJar() throws IOException {
    Path source = dir.resolve("src/fixture/Greeting.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package fixture;\npublic class Greeting {\n  public static String hello() { return \"hello from a jar\"; }\n}\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()));
    jar = Files.createDirectories(dir.resolve("lib")).resolve("greeting.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("fixture/Greeting.class"));
      out.write(Files.readAllBytes(classes.resolve("fixture/Greeting.class")));
      out.closeEntry();
    }
  }

  @Test
  void aLineMagicAfterACommentLineIsAMagic() {
    RecordingSink sink = run("// Add the greeting library\n%jars " + jar + "\nfixture.Greeting.hello()");
    assertEquals("hello from a jar", sink.result(), sink.outputs.toString());
  }

  @Test
  void aLineMagicBetweenStatementsRunsInOrder() {
    RecordingSink sink = run("int before = 1;\n  %lsmagic\nint after = before + 1;\nafter");
    assertEquals("2", sink.result(), sink.outputs.toString());
    assertTrue(sink.stdout().contains("%jars"), sink.stdout());
  }

  @Test
  void aCellOfOnlyCommentsIsEmpty() {
    RecordingSink sink = new RecordingSink();
    CellResult result = run("// If you have a local JAR file\n// %jars /path/to/lib.jar\n/* nothing else */\n", sink);
    assertTrue(result.ok(), sink.outputs.toString());
    assertEquals(List.of(), sink.outputs);
    assertEquals("3", run("int three = 3; // a trailing comment\n// and a last line\nthree").result());
  }

  @Test
  void percentLinesInsideJavaAreJava() {
    assertEquals("1", run("int m = 10\n    % 3;\nm").result(), "a modulo continuing the line above");
    assertEquals("%jars not a magic\n", run("String text = \"\"\"\n%jars not a magic\n\"\"\";\ntext").result());
    assertEquals("2", run("/*\n%jars in a comment\n*/\n1 + 1").result());
  }

  @Test
  void aMagicUsedAsAnExpressionGivesItsValue() {
    RecordingSink sink = run("List<String> added = %jars " + dir + "/lib/*.jar\nadded");
    assertEquals("[" + jar + "]", sink.result(), sink.outputs.toString());
    assertEquals("[" + dir.resolve("classes") + "]", run("var entries = %classpath \"" + dir.resolve("classes") + "\";\nentries").result());
    assertEquals("true", run("Object none = %lsmagic\nnone == null").result(), "a magic without a value gives null");
  }

  @Test
  void aFailingMagicExpressionIsTheCellsError() {
    RecordingSink sink = new RecordingSink();
    CellResult result = run("int before = 1;\nList<String> nothing = %jars " + dir + "/none/*.jar\nint after = 2;", sink);
    assertFalse(result.ok());
    assertTrue(sink.error().traceback().toString().contains("%jars: nothing matches"), sink.error().traceback().toString());
  }

  @Test
  void aCellMagicBelowTheTopSaysWhereItMustStand() {
    Output.Error error = run("// time it\n%%time\n1 + 1").error();
    assertEquals("In [1], line 2: the cell magic %%time must be the first line of its cell", error.evalue());
  }

  @Test
  void anImageEndingACellIsShownAsPng() {
    RecordingSink sink = run("var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
        + "image.setRGB(1, 1, 0xff0000);\nimage");
    MimeBundle bundle = ((Output.ExecuteResult) sink.outputs.get(0)).bundle();
    assertEquals("BufferedImage 4×3", bundle.plainText());
    byte[] png = Base64.getDecoder().decode(bundle.get("image/png").orElseThrow());
    assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void textIsShownAsTheTypeItIsAskedFor() {
    RecordingSink sink = run("display(\"<b>Bold</b>\", \"text/html\", \"text/markdown\");\nrender(\"Hello from **Tablebook**\", \"text/markdown\")");
    MimeBundle shown = ((Output.DisplayData) sink.outputs.get(0)).bundle();
    assertEquals(List.of("text/html", "text/markdown", "text/plain"), List.copyOf(shown.data().keySet()));
    assertEquals("<b>Bold</b>", shown.get("text/html").orElseThrow());
    MimeBundle value = ((Output.ExecuteResult) sink.outputs.get(1)).bundle();
    assertEquals("Hello from **Tablebook**", value.get("text/markdown").orElseThrow());
    assertEquals(List.of("text/plain"), List.copyOf(((Output.ExecuteResult) run("\"just text\"").outputs.get(0)).bundle().data().keySet()));
  }

  @Test
  void aDisplayCallAfterACommentShowsNoDisplayId() {
    RecordingSink sink = run("// show it\n/* twice */ display(\"shown\");");
    assertEquals(1, sink.outputs.size(), sink.outputs.toString());
    assertTrue(sink.outputs.get(0) instanceof Output.DisplayData, sink.outputs.toString());
  }

  @Test
  void ijavasDefaultImportsAreThere() {
    RecordingSink sink = run("Pattern.compile(\"a+\").matcher(\"caaat\").find() + \" \" + new ConcurrentHashMap<String, Integer>().size()"
        + " + \" \" + URI.create(\"urn:x\").getScheme() + \" \" + Preferences.class.getSimpleName() + \" \" + new BigDecimal(\"1.5\")");
    assertEquals("true 0 urn Preferences 1.5", sink.result(), sink.outputs.toString());
  }

  @Test
  void printfPrintsOnTheCellsOutput() {
    RecordingSink sink = run("printf(\"%d rows, %s%n\", 3, \"ok\");");
    assertEquals("3 rows, ok\n", sink.stdout());
  }

  @Test
  void evalRunsCodeAndGivesTheValueOfItsLastExpression() {
    assertEquals("12", run("int twelve = (int) eval(\"int six = 6;\\nsix * 2\");\ntwelve").result());
    assertEquals("6", run("six").result(), "what eval declares stays, as in IJava");
    RecordingSink failed = run("try { eval(\"1 +* 2\"); } catch (NotebookException e) { System.out.println(e.getMessage().lines().findFirst().get()); }");
    assertEquals("In [1] (eval), line 1, column 4: illegal start of expression\n", failed.stdout());
  }

  @Test
  void lineMagicAndCellMagicRunMagicsFromCode() {
    assertEquals("[" + jar + "]", run("List<String> jars = lineMagic(\"jars\", List.of(\"" + jar + "\"));\njars").result());
    RecordingSink sink = run("cellMagic(\"time\", List.of(), \"System.out.println(40 + 2);\");");
    assertTrue(sink.stdout().startsWith("42\nWall time: "), sink.stdout());
    RecordingSink unknown = run("try { lineMagic(\"nosuch\", List.of()); } catch (NotebookException e) { System.out.println(e.getMessage()); }");
    assertTrue(unknown.stdout().startsWith("MagicException: unknown line magic %nosuch"), unknown.stdout());
  }

  @Test
  void notebookHelpersOutsideACellSaySo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Notebook.eval("1"));
    assertEquals("eval(...) works only in a notebook cell, while it runs", e.getMessage());
  }

  @Test
  void magicArgumentsAreSplitAsIJavaSplitsThem() throws MagicException {
    assertEquals(List.of("a", "b c", "d\"e", "", "C:\\libs\\*.jar"), MagicArguments.split(" a \"b c\" d\\\"e \"\" C:\\libs\\*.jar "));
    List<String> words = List.of("plain", "with space", "quote\"d", "back\\slash", "");
    assertEquals(words, MagicArguments.split(MagicArguments.join(words)));
    MagicException open = assertThrows(MagicException.class, () -> MagicArguments.split("\"unclosed"));
    assertTrue(open.getMessage().contains("without a closing one"), open.getMessage());
  }

  @Test
  void errorsNameTheCellAsTheFrontEndShowsIt() {
    assertEquals("In [1], line 2, column 1: cannot find symbol", run("int fine = 1;\nundefinedName").error().traceback().get(0).lines().findFirst().get());
    assertEquals("In [7]", Engine.cellName(7));
  }
}
