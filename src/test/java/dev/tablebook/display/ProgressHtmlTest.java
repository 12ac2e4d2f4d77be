package dev.tablebook.display;

import static dev.tablebook.display.ProgressFixtures.state;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressHtmlTest {

  @Test
  void theBarIsAsWideAsThePartDoneAndTheNumbersStandBesideIt() {
    String html = ProgressHtml.html(state("rows", 250, 1_000, 5_000, false));
    assertTrue(html.contains("width:25.0%;"), html);
    assertTrue(html.contains("250/1,000 (25%) · 50.0/s · 0:05 elapsed · ETA 0:15"), html);
    assertTrue(html.contains("<span>rows</span>"), html);
  }

  @Test
  void itNeedsNoScriptAndNoStyleSheet() {
    String html = ProgressHtml.html(state("rows", 250, 1_000, 5_000, false));
    assertFalse(html.toLowerCase().contains("<script"), html);
    assertFalse(html.toLowerCase().contains("<style"), html);
    assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), "no event handlers: " + html);
  }

  @Test
  void theLabelIsEscaped() {
    String html = ProgressHtml.html(state("<img src=x onerror=alert(1)> & \"q\"", 1, 2, 1_000, false));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"), html);
    assertFalse(html.contains("<img"), html);
  }

  @Test
  void runningCompleteAndStoppedBarsHaveDifferentColours() {
    String running = colour(ProgressHtml.html(state("", 5, 10, 1_000, false)));
    String complete = colour(ProgressHtml.html(state("", 10, 10, 1_000, true)));
    String stopped = colour(ProgressHtml.html(state("", 5, 10, 1_000, true)));
    assertNotEquals(running, complete);
    assertNotEquals(running, stopped);
    assertNotEquals(complete, stopped);
  }

  @Test
  void withoutATotalThereIsNoBar() {
    String html = ProgressHtml.html(state("lines", 7, -1, 1_000, false));
    assertFalse(html.contains("width:"), html);
    assertTrue(html.contains("7 · 7.0/s · 0:01 elapsed"), html);
  }

  private static String colour(String html) {
    var matcher = Pattern.compile("width:[0-9.]+%;background-color:(#[0-9a-f]+)").matcher(html);
    assertTrue(matcher.find(), html);
    return matcher.group(1);
  }
}
