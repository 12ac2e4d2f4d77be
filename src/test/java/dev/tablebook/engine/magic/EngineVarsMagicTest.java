package dev.tablebook.engine.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.CellResult;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.EngineTestBase;
import dev.tablebook.engine.RecordingSink;
import dev.tablebook.engine.output.Output;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** %vars: the session's variables as a table, whatever their toString() does. Each test starts in a fresh engine. */
class EngineVarsMagicTest extends EngineTestBase {

  @BeforeEach
  void freshSession() {
    restartWith(EngineOptions.defaults().withMaxCellOutputBytes(64 * 1024));
  }

  private static MimeBundle table(RecordingSink sink) {
    List<Output.DisplayData> shown = sink.outputs.stream().filter(Output.DisplayData.class::isInstance)
        .map(Output.DisplayData.class::cast).toList();
    assertEquals(1, shown.size(), sink.outputs.toString());
    return shown.get(0).bundle();
  }

  @Test
  void listsNameTypeAndValueSortedByNameWithoutTemporaries() {
    run("int zeta = 26;\nString alpha = \"a <b> & c\";\nvar list = java.util.List.of(1, 2, 3);\n1 + 1");
    MimeBundle bundle = table(run("%vars"));
    assertEquals(String.join("\n",
        "Name   Type           Value",
        "-----  -------------  -----",
        "alpha  String         a <b> & c",
        "list   List<Integer>  [1, 2, 3]",
        "zeta   int            26"), bundle.plainText());
    String html = bundle.get("text/html").orElseThrow();
    assertTrue(html.contains("<tr><td><code>alpha</code></td><td><code>String</code></td><td>a &lt;b&gt; &amp; c</td></tr>"), html);
    assertTrue(html.indexOf(">alpha<") < html.indexOf(">list<") && html.indexOf(">list<") < html.indexOf(">zeta<"), html);
    assertFalse(html.contains("$"), "temporary variables are hidden: " + html);
  }

  @Test
  void aRedeclaredVariableIsListedOnceWithItsNewType() {
    run("int twice = 1;");
    run("String twice = \"now text\";");
    assertEquals("twice  String  now text", table(run("%vars")).plainText().lines().skip(2).findFirst().orElseThrow());
  }

  @Test
  void aLongOrMultiLineValueIsCutToOneShortLine() {
    run("String longText = \"x\".repeat(500) ;\nString lines = \"one\\ntwo\\n  three\";\nint[] numbers = {1, 2};");
    String text = table(run("%vars")).plainText();
    assertTrue(text.contains("lines     String  one two three"), text);
    assertTrue(text.contains("numbers   int[]   [1, 2]"), text);
    String cut = text.lines().filter(l -> l.startsWith("longText")).findFirst().orElseThrow();
    assertTrue(cut.endsWith("x".repeat(VarsMagic.MAX_VALUE_LENGTH - 1) + "…"), cut);
  }

  @Test
  void aToStringThatThrowsIsShownAsSuch() {
    run("class Broken { public String toString() { throw new IllegalStateException(\"no\"); } }\nBroken broken = new Broken();");
    assertTrue(table(run("%vars")).plainText().contains("broken  Broken  (toString() threw java.lang.IllegalStateException)"));
  }

  @Test
  @Timeout(60)
  void aToStringThatNeverEndsDoesNotHangTheCell() {
    // Endless's loop ends only when the test lets it (its abandoned thread would otherwise take a core from later tests).
    run("class Endless { static volatile boolean released; public String toString() { while (!released) { } return \"released\"; } }\n"
        + "Endless endless = new Endless();\nint after = 5;\n"
        + "Endless endless2 = new Endless();\nint later = 6;");
    RecordingSink sink = new RecordingSink();
    CellResult result = run("%vars", sink);
    assertEquals(CellResult.Status.OK, result.status(), sink.outputs.toString());
    String text = table(sink).plainText();
    assertTrue(text.matches("(?s).*\\bendless +Endless +\\(toString\\(\\) did not finish\\).*"), text);
    assertTrue(text.matches("(?s).*\\bafter +int +5\\b.*"), text);
    assertTrue(text.matches("(?s).*\\bendless2 +Endless +\\(toString\\(\\) did not finish\\).*"), text);
    assertTrue(text.matches("(?s).*\\blater +int +6\\b.*"), "a value after one that never ends is still shown: " + text);
    assertEquals("7", run("3 + 4").result());
    run("Endless.released = true;");
  }

  @Test
  @Timeout(30)
  void aToStringWaitingForALockForGoodDoesNotHangTheCell() {
    run("var locked = java.util.Collections.synchronizedList(new java.util.ArrayList<Integer>());\n"
        + "var held = new java.util.concurrent.CountDownLatch(1);\n"
        + "var holder = new Thread(() -> { synchronized (locked) { held.countDown(); try { Thread.sleep(600_000); } catch (InterruptedException e) { } } });\n"
        + "holder.setDaemon(true);\nholder.start();\nheld.await();\nint number = 42;");
    RecordingSink sink = new RecordingSink();
    CellResult result = run("%vars", sink); // the test's time limit is what says it does not hang
    assertEquals(CellResult.Status.OK, result.status(), sink.outputs.toString());
    String text = table(sink).plainText();
    assertTrue(text.matches("(?s).*\\blocked +\\S+ +\\(toString\\(\\) did not finish\\).*"), text);
    assertTrue(text.matches("(?s).*\\bnumber +int +42\\b.*"), text);
    assertEquals("7", run("3 + 4").result());
    run("holder.interrupt();"); // the lock is let go: the abandoned toString() ends, printing nowhere
  }

  @Test
  void anEmptySessionSaysSo() {
    assertEquals("no variables defined\n", run("%vars").stdout());
  }

  @Test
  void lineMagicGivesTheVariablesAsValues() {
    run("double rate = 0.5;");
    assertEquals("[SessionVariable[name=rate, type=double, value=0.5]]", run("lineMagic(\"vars\", List.of())").result());
  }
}
