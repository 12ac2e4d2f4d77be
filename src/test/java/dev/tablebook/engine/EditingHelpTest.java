package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditingHelpTest extends EngineTestBase {

  @Test
  void completesMembersOfAKnownVariable() {
    run("String greeting = \"hello\";");
    String code = "int n = 1;\ngreeting.subs";
    EditingHelp.Completion completion = engine.complete(code, code.length());
    assertTrue(completion.matches().contains("substring("), completion.matches().toString());
    assertEquals(code.length() - "subs".length(), completion.start());
    assertEquals(code.length(), completion.end());
  }

  @Test
  void completesTypesAndTheToolkit() {
    assertTrue(engine.complete("ArticleFacts.trade", 18).matches().contains("tradeTotals()"));
    assertTrue(engine.complete("Local", 5).matches().contains("LocalDate"));
  }

  @Test
  void completesMagicNames() {
    EditingHelp.Completion completion = engine.complete("%ls", 3);
    assertEquals(java.util.List.of("lsmagic"), completion.matches());
    assertEquals(1, completion.start());
    assertEquals(java.util.List.of("addMavenDependency", "addMavenDependencies", "addMavenRepo"),
        engine.complete("// IJava's names too\n%addMaven", 30).matches());
  }

  @Test
  void aCursorOutsideTheCodeIsHandled() {
    assertTrue(engine.complete("Math.", 99).matches().contains("max("));
  }

  @Test
  void isCompleteOnTypicalSnippets() {
    assertEquals("complete", engine.isComplete("int x = 1;").status());
    assertEquals("complete", engine.isComplete("x + 1").status());
    assertEquals("complete", engine.isComplete("%maven org.example:x:1\nint y = 2;").status());
    EditingHelp.Completeness open = engine.isComplete("for (int i = 0; i < 3; i++) {");
    assertEquals("incomplete", open.status());
    assertEquals("    ", open.indent());
    assertEquals("incomplete", engine.isComplete("void f() {\n  if (true) {").status());
    assertEquals("        ", engine.isComplete("void f() {\n  if (true) {").indent());
    assertEquals("invalid", engine.isComplete("int 3x = ;").status());
  }

  @Test
  void inspectShowsSignatures() {
    String text = engine.inspect("Math.max(1, 2)", 6).orElseThrow();
    assertTrue(text.contains("int Math.max(int a, int b)"), text);
    assertTrue(engine.inspect("Math.max", 8).orElseThrow().contains("Math.max(int a, int b)"), "a bare method name");
    assertTrue(engine.inspect("   ", 1).isEmpty());
  }
}
