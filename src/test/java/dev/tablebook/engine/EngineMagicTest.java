package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineMagicTest extends EngineTestBase {

  @Test
  void lsmagicListsEveryMagic() {
    String listing = run("%lsmagic").stdout();
    for (String magic : List.of("%jars", "%classpath", "%load", "%time, %%time", "%lsmagic")) {
      assertTrue(listing.contains(magic), listing);
    }
  }

  @Test
  void anUnknownMagicIsAnErrorListingTheKnownOnes() {
    Output.Error error = run("%mvn foo:bar:1").error();
    assertEquals("MagicException", error.ename());
    assertTrue(error.evalue().startsWith("unknown line magic %mvn; known: %classpath, %jars, %load"), error.evalue());
    assertTrue(run("%%nope\nbody").error().evalue().startsWith("unknown cell magic %%nope; known: %%bash, %%html, %%javascript, %%loadFromPOM, %%markdown, %%sql, %%time, %%writefile"));
  }

  @Test
  void timeRunsTheCodeAndPrintsTheWallTime() {
    RecordingSink line = run("%time int timed = 21 * 2;");
    assertTrue(line.stdout().matches("Wall time: [0-9.]+ (ms|s)\\n"), line.stdout());
    assertEquals("42", run("timed").result());
    RecordingSink cell = run("%%time\nint timedCell = 1;\nSystem.out.println(\"inside\");");
    assertTrue(cell.stdout().startsWith("inside\nWall time: "), cell.stdout());
  }

  @Test
  void magicLinesRunInOrderWithTheCode(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("helpers.jsh"), "int helper() { return 40; }\n");
    String file = dir.resolve("helpers.jsh").toString();
    assertEquals("42", run("int two = 2;\n%load " + file + "\nhelper() + two").result());
  }

  @Test
  void loadRunsAJavaFileWithoutItsPackage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Shapes.java"), "package com.example.shapes;\n\npublic class Shapes {\n"
        + "  public static double square(double side) { return side * side; }\n}\n");
    assertEquals("6.25", run("%load " + dir.resolve("Shapes.java") + "\nShapes.square(2.5)").result());
  }

  @Test
  void loadRunsTheCodeCellsOfANotebook(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("lib.ipynb"), "{\"cells\": ["
        + "{\"cell_type\": \"markdown\", \"source\": [\"# not code\"]},"
        + "{\"cell_type\": \"code\", \"source\": [\"int fromNotebook = 1;\\n\", \"fromNotebook += 1;\"]}"
        + "], \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}}");
    run("%load " + dir.resolve("lib.ipynb"));
    assertEquals("2", run("fromNotebook").result());
    assertTrue(run("%load " + dir.resolve("missing.jsh")).error().evalue().startsWith("%load: no such file: "));
  }

  @Test
  void jarsAddsJarsMatchingAGlob(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("src/greet/Greeter.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package greet; public class Greeter { public static String hi() { return \"hi from a jar\"; } }");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
    Path lib = Files.createDirectories(dir.resolve("lib"));
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(lib.resolve("greeter.jar")))) {
      jar.putNextEntry(new JarEntry("greet/Greeter.class"));
      jar.write(Files.readAllBytes(classes.resolve("greet/Greeter.class")));
    }
    assertEquals("hi from a jar", run("%jars " + lib + "/*.jar\ngreet.Greeter.hi()").result());
    assertTrue(run("%jars " + lib + "/*.zip").error().evalue().startsWith("%jars: nothing matches "));
  }

  @Test
  void classpathAddsAFolderOfClasses(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("Folded.java");
    Files.writeString(src, "package fold; public class Folded { public static int answer() { return 42; } }");
    Path classes = Files.createDirectories(dir.resolve("out"));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
    assertEquals("42", run("%classpath " + classes + "\nfold.Folded.answer()").result());
  }
}
