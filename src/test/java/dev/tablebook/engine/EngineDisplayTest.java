package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.output.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineDisplayTest extends EngineTestBase {

  @Test
  void displayShowsNowAndACellEndingInDisplayShowsNoResult() {
    RecordingSink sink = run("display(\"first\");\ndisplay(42)");
    assertEquals(2, sink.outputs.size());
    Output.DisplayData data = (Output.DisplayData) sink.outputs.get(1);
    assertEquals("42", data.bundle().plainText());
    assertEquals(List.of(), sink.results());
  }

  @Test
  void displayReturnsAnIdThatUpdateDisplayUses() {
    RecordingSink sink = run("String id = display(\"v1\");\nupdateDisplay(id, \"v2\");\nid");
    Output.DisplayData shown = (Output.DisplayData) sink.outputs.get(0);
    Output.UpdateDisplayData update = (Output.UpdateDisplayData) sink.outputs.get(1);
    assertEquals(shown.displayId(), update.displayId());
    assertEquals("v2", update.bundle().plainText());
    assertEquals(shown.displayId(), sink.result(), "the id itself, when asked for");
  }

  @Test
  void htmlAndMarkdownAsTheLastExpressionAreRich() {
    MimeBundle html = run("html(\"<b>bold</b>\")").results().get(0).bundle();
    assertEquals("<b>bold</b>", html.get("text/html").orElseThrow());
    MimeBundle markdown = run("markdown(\"# Title\")").results().get(0).bundle();
    assertEquals("# Title", markdown.get("text/markdown").orElseThrow());
  }

  @Test
  void renderAsksForMimeTypesAndAlwaysHasPlainText() {
    MimeBundle bundle = run("render(html(\"<i>x</i>\"), \"text/html\")").results().get(0).bundle();
    assertEquals("<i>x</i>", bundle.get("text/html").orElseThrow());
    assertTrue(bundle.get("text/plain").isPresent());
  }

  @Test
  void clearOutputIsPassedOn() {
    RecordingSink sink = run("System.out.println(\"old\");\nclearOutput(true);\nclearOutput();");
    assertEquals(List.of(new Output.Stream("stdout", "old\n"), new Output.ClearOutput(true), new Output.ClearOutput(false)),
        sink.outputs);
  }

  @Test
  void usersRegisterTheirOwnRenderers() {
    run("record Money(long cents) {}\n"
        + "Renderers.global().register(Renderer.of(Money.class, List.of(\"text/html\"),\n"
        + "    (m, types) -> MimeBundle.of(\"text/html\", \"<b>$\" + m.cents() / 100 + \"</b>\")));");
    MimeBundle bundle = run("new Money(1234)").results().get(0).bundle();
    assertEquals("<b>$12</b>", bundle.get("text/html").orElseThrow());
    assertEquals("Money[cents=1234]", bundle.plainText());
  }

  @Test
  void aTableAtTheEndOfACellIsShownAsHtml() {
    MimeBundle bundle = run("ArticleFacts.crudeOilImports(2023)").results().get(0).bundle();
    assertTrue(bundle.get("text/html").orElseThrow().contains("<td>Russia</td>"));
    assertTrue(bundle.plainText().contains("Russia"), bundle.plainText());
  }
}
