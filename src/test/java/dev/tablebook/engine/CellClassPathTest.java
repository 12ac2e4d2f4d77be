package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.Renderer;
import dev.tablebook.engine.output.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cells compile against and run with: the toolkit, Tablesaw and its API's libraries; not the kernel's own. */
class CellClassPathTest extends EngineTestBase {

  @Test
  void theKernelsOwnLibrariesDoNotCompile() {
    for (String cell : List.of("new com.fasterxml.jackson.databind.ObjectMapper()", "org.zeromq.ZMQ.getVersionString()",
        "picocli.CommandLine.class", "org.apache.commons.math3.util.FastMath.sqrt(4.0)", "org.objectweb.asm.Opcodes.ASM9",
        "dev.tablebook.engine.Engine.class", "dev.tablebook.kernel.wire.Signer.class")) {
      Output.Error error = run(cell).error();
      assertEquals("CompilationException", error.ename(), cell);
      assertTrue(error.evalue().contains("does not exist") || error.evalue().contains("cannot find symbol"), cell + ": " + error.evalue());
    }
    Output.Error error = run("import com.fasterxml.jackson.databind.ObjectMapper;").error();
    assertTrue(error.evalue().contains("package com.fasterxml.jackson.databind does not exist"), error.evalue());
  }

  @Test
  void theKernelsOwnClassesAreNotFoundWhenRunning() {
    for (String hidden : List.of("com.fasterxml.jackson.databind.ObjectMapper", "org.zeromq.ZMQ", "dev.tablebook.engine.Engine")) {
      assertEquals("java.lang.ClassNotFoundException", run("Class.forName(\"" + hidden + "\")").error().ename(), hidden);
    }
    assertEquals("true", run("class Probe {}\nProbe.class.getClassLoader()"
        + ".getResource(\"META-INF/maven/com.fasterxml.jackson.core/jackson-databind/pom.properties\") == null").result());
  }

  @Test
  void tablesawAndTheLibrariesOfItsApiCompileAndRun() {
    RecordingSink sink = run("import tech.tablesaw.aggregate.AggregateFunctions;\n"
        + "Table sales = Table.create(\"sales\", StringColumn.create(\"region\", \"n\", \"s\", \"n\"), IntColumn.create(\"units\", 1, 2, 3));\n"
        + "it.unimi.dsi.fastutil.ints.IntArrayList list = new it.unimi.dsi.fastutil.ints.IntArrayList(sales.intColumn(\"units\").asIntArray());\n"
        + "tech.tablesaw.selection.Selection picked = tech.tablesaw.selection.Selection.fromBitmap(org.roaringbitmap.RoaringBitmap.bitmapOf(0, 2));\n"
        + "com.google.common.collect.ImmutableList<Integer> guava = com.google.common.collect.ImmutableList.copyOf(list);\n"
        + "var fixedWidth = new com.univocity.parsers.fixed.FixedWidthFields(3, 4);\n"
        + "sales.splitOn(\"region\").aggregate(\"units\", AggregateFunctions.sum).rowCount() + \" \" + guava + \" \" + picked.size()");
    assertEquals("2 [1, 2, 3] 2", sink.result(), sink.outputs.toString());
  }

  @Test
  void exitIsStillGuardedAndCellClassesStillLoad() {
    assertEquals(ExitGuard.ExitDisabledError.class.getName(), run("System.exit(1);").error().ename());
    assertEquals("7", run("record Week(int days) {}\nnew Week(7).days()").result());
  }

  @Test
  void aRendererInAJarAddedWithJarsIsFound(@TempDir Path dir) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/money"));
    Files.writeString(src.resolve("Money.java"), "package money; public record Money(long cents) {}");
    Files.writeString(src.resolve("MoneyRenderer.java"), "package money;\nimport dev.tablebook.display.*;\nimport java.util.*;\n"
        + "public final class MoneyRenderer implements Renderer<Money> {\n"
        + "  public Class<Money> type() { return Money.class; }\n"
        + "  public List<String> mimeTypes() { return List.of(\"text/html\"); }\n"
        + "  public MimeBundle render(Money m, Set<String> types) { return MimeBundle.of(\"text/html\", \"<b>$\" + m.cents() / 100 + \"</b>\"); }\n"
        + "}\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String toolkit = Path.of(Renderer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", toolkit, "-d", classes.toString(),
        src.resolve("Money.java").toString(), src.resolve("MoneyRenderer.java").toString()));
    Path jar = dir.resolve("money.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("money/Money.class", "money/MoneyRenderer.class")) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classes.resolve(name)));
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + Renderer.class.getName()));
      out.write("money.MoneyRenderer\n".getBytes(StandardCharsets.UTF_8));
    }
    RecordingSink sink = run("%jars " + jar + "\nnew money.Money(1234)");
    assertEquals("<b>$12</b>", sink.results().get(0).bundle().get("text/html").orElse(null), sink.outputs.toString());
  }
}
