package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineErrorTest extends EngineTestBase {

  @Test
  void aCompileErrorNamesTheCellLineAndColumnWithACaret() {
    RecordingSink sink = new RecordingSink();
    CellResult result = engine.execute("cell 7", "int fine = 1;\n\nString s = fine +;\nint never = 2;", sink);
    assertEquals(CellResult.Status.ERROR, result.status());
    Output.Error error = sink.error();
    assertEquals("CompilationException", error.ename());
    assertEquals(List.of("cell 7, line 3, column 18: illegal start of expression", "    String s = fine +;",
        "                     ^"), error.traceback());
    assertEquals(result.error().orElseThrow(), error);
    assertEquals("CompilationException", run("never").error().ename(), "nothing after the error ran");
  }

  @Test
  void aCaretSpansTheWholeUnknownName() {
    Output.Error error = run("int x = undefinedName + 1;").error();
    assertEquals(List.of("In [1], line 1, column 9: cannot find symbol\n  symbol:   variable undefinedName\n"
        + "  location: class ", "    int x = undefinedName + 1;", "            ^-----------^"),
        List.of(error.traceback().get(0).replaceAll("class \\S+$", "class "), error.traceback().get(1), error.traceback().get(2)));
  }

  @Test
  void aRuntimeErrorShowsCellLinesAndNoEngineFrames() {
    RecordingSink define = new RecordingSink();
    engine.execute("cell 2", "\n\nint divide(int a, int b) {\n  return a / b;\n}", define);
    RecordingSink sink = new RecordingSink();
    engine.execute("cell 3", "int ok = 1;\nint result = divide(ok, 0);", sink);
    Output.Error error = sink.error();
    assertEquals("java.lang.ArithmeticException", error.ename());
    assertEquals("/ by zero", error.evalue());
    assertEquals(List.of("java.lang.ArithmeticException: / by zero", "    at divide (cell 2, line 4)", "    at (cell 3, line 2)"),
        error.traceback());
  }

  @Test
  void causesAreShownAndLibraryFramesKept() {
    Output.Error error = run("throw new IllegalStateException(\"outer\", new java.io.IOException(\"inner\"));").error();
    assertEquals("java.lang.IllegalStateException", error.ename());
    assertTrue(error.traceback().contains("Caused by: java.io.IOException: inner"), error.text());
    Output.Error library = run("Integer.parseInt(\"x1\")").error();
    assertTrue(library.traceback().get(1).startsWith("    at java.base/java.lang.NumberFormatException.forInputString"), library.text());
    assertTrue(library.traceback().stream().noneMatch(l -> l.contains("jdk.jshell") || l.contains("dev.tablebook")), library.text());
  }

  @Test
  void errorsInsideMagicsPointAtTheCellLine() {
    assertEquals("In [1], line 3, column 11: incompatible types: java.lang.String cannot be converted to int",
        run("%%time\nint fine = 1;\nint bad = \"x\";").error().traceback().get(0));
    assertEquals("In [1], line 2, column 11: incompatible types: java.lang.String cannot be converted to int",
        run("int ok = 1;\n%time int bad = \"x\";").error().traceback().get(0));
  }

  @Test
  void anUnfinishedCellSaysSo() {
    Output.Error error = run("for (int i = 0; i < 3; i++) {\n  System.out.println(i);").error();
    assertEquals("IncompleteSourceException", error.ename());
    assertTrue(error.traceback().get(0).startsWith("In [1], line 1: the code ends in the middle of a statement"));
  }

  @Test
  void exitAttemptsEndTheCellNotTheProcess() {
    for (String exit : List.of("System.exit(3);", "Runtime.getRuntime().exit(4);", "Runtime.getRuntime().halt(5);",
        "java.util.function.IntConsumer quit = System::exit;\nquit.accept(6);",
        "try { System.exit(7); } catch (Exception swallowed) { }")) {
      Output.Error error = run(exit).error();
      assertEquals("dev.tablebook.engine.ExitGuard$ExitDisabledError", error.ename(), exit);
      assertTrue(error.evalue().contains("is disabled in notebooks"), error.evalue());
    }
    assertEquals("alive", run("\"alive\"").result());
  }

  @Test
  void stackOverflowLeavesTheSessionUsable() {
    run("int keep = 41;\nint deeper(int n) { return deeper(n + 1) + 1; }");
    Output.Error error = run("deeper(0)").error();
    assertEquals("java.lang.StackOverflowError", error.ename());
    assertTrue(error.traceback().size() < 10, "repeated frames are folded: " + error.traceback().size());
    assertTrue(error.text().contains("the line above repeats"), error.text());
    assertEquals("42", run("keep + 1").result());
  }

  @Test
  void oneHugeAllocationLeavesTheSessionUsable() {
    run("int survivor = 9;");
    Output.Error error = run("long[] huge = new long[Integer.MAX_VALUE - 16];").error();
    assertEquals("java.lang.OutOfMemoryError", error.ename());
    assertEquals("9", run("survivor").result());
  }

  @Test
  void anUnresolvedDeclarationPrintsNothingAndItsUseNamesWhatIsMissing() {
    RecordingSink sink = run("void later() { notYetDefined(); }");
    assertEquals(List.of(), sink.outputs, "IJava prints nothing for a forward reference; nor do we");
    Output.Error error = run("later()").error();
    assertEquals("later cannot be used until method notYetDefined() is declared", error.evalue());
    run("void notYetDefined() { System.out.print(\"now\"); }");
    assertEquals("now", run("later()").stdout());
  }
}
