package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineEvaluationTest extends EngineTestBase {

  @Test
  void aCellRunsManyStatementsAndShowsItsLastExpression() {
    RecordingSink sink = run("int a = 6;\nint b = 7;\nSystem.out.println(\"a*b\");\na * b");
    assertEquals("a*b\n", sink.stdout());
    assertEquals("42", sink.result());
  }

  @Test
  void declarationsAndVoidCallsShowNoResult() {
    RecordingSink sink = run("int quiet = 1;\nvoid nothing() {}\nnothing();");
    assertEquals(List.of(), sink.results());
    assertEquals(List.of(), sink.outputs);
  }

  @Test
  void aVariableOrAssignmentAtTheEndShowsItsValue() {
    run("int shown = 1;");
    assertEquals("1", run("shown").result());
    assertEquals("5", run("shown = 5").result());
  }

  @Test
  void classesRecordsAndMethodsLiveAcrossCells() {
    run("record Point(int x, int y) { int sum() { return x + y; } }\nclass Counter { int n; int next() { return ++n; } }");
    run("Counter counter = new Counter();\nint twice(int v) { return 2 * v; }");
    assertEquals("Point[x=1, y=2] 3 2", run("new Point(1, 2) + \" \" + new Point(1, 2).sum() + \" \" + twice(counter.next())").result());
  }

  @Test
  void redefinitionFollowsJShell() {
    run("int version() { return 1; }\nint callsVersion() { return version(); }");
    run("int version() { return 2; }");
    assertEquals("2", run("callsVersion()").result());
    run("String version = \"a\";");
    run("int version = 3;");
    assertEquals("3", run("version").result());
  }

  @Test
  void stdoutAndStderrFromTheCellAndItsThreadsArrive() throws Exception {
    RecordingSink sink = run("Thread worker = new Thread(() -> { System.out.println(\"from thread\"); System.err.println(\"oops\"); });\n"
        + "worker.start(); worker.join();\nSystem.out.print(\"done\");");
    assertEquals("from thread\ndone", sink.stdout());
    assertEquals("oops\n", sink.stderr());
  }

  @Test
  void outputKeepsItsOrderAroundDisplays() {
    RecordingSink sink = run("System.out.println(\"before\");\ndisplay(1);\nSystem.out.println(\"after\");");
    assertEquals(3, sink.outputs.size(), sink.outputs.toString());
    assertEquals(new Output.Stream("stdout", "before\n"), sink.outputs.get(0));
    assertTrue(sink.outputs.get(1) instanceof Output.DisplayData);
    assertEquals(new Output.Stream("stdout", "after\n"), sink.outputs.get(2));
  }

  @Test
  void theToolkitIsOnTheClassPathWithDefaultImports() {
    assertEquals("Russia", run("ArticleFacts.topCrudeSupplier(2023)").result());
    assertEquals("13", run("Table trade = ArticleFacts.tradeTotals();\ntrade.rowCount()").result());
    assertEquals("[1, 2]", run("List<Integer> list = new ArrayList<>(List.of(1, 2));\nlist").result());
  }

  @Test
  void aCellReadsInputThroughTheSink() {
    RecordingSink sink = new RecordingSink();
    sink.input.add("Ada");
    run("var reader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));\n"
        + "String name = reader.readLine();\n\"hello \" + name", sink);
    assertEquals("hello Ada", sink.result());
  }

  @Test
  void readingWithoutInputIsAClearError() {
    RecordingSink sink = new RecordingSink();
    sink.inputAllowed = false;
    CellResult result = run("new java.util.Scanner(System.in).nextLine()", sink);
    assertFalse(result.ok());
    assertTrue(sink.error().text().contains("no input is available"), sink.error().text());
  }

  @Test
  void endlessPrintingIsCutAtTheLimitAndTheCellGoesOn() {
    RecordingSink sink = run("for (int i = 0; i < 100_000; i++) System.out.println(\"line \" + i);\n\"finished\"");
    assertTrue(sink.stdout().length() <= 64 * 1024, "at most the limit: " + sink.stdout().length());
    assertTrue(sink.stderr().contains("[output cut: this cell printed more than 64 KiB"), sink.stderr());
    assertEquals("finished", sink.result());
  }
}
