package dev.tablebook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Our renderers inside stock JJava's renderer (org.dflib.jjava:jjava-jupyter from Maven Central). */
class JJavaBridgeTest {

  @Test
  void tablesRenderAsHtmlInJJava() {
    org.dflib.jjava.jupyter.kernel.display.Renderer jjava = new org.dflib.jjava.jupyter.kernel.display.Renderer();
    assertTrue(JJavaBridge.register(jjava) >= 1);
    DisplayData data = jjava.render(Table.create("t", IntColumn.create("n", 1, 2)));
    String html = (String) data.getData(MIMEType.parse("text/html"));
    assertTrue(html.contains("<table class=\"tablebook\">"), html);
    assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).contains("2 rows × 1 column"));
  }

  @Test
  void jsonTypesArriveAsJsonAndOwnRenderersToo() {
    record Point(int x) {}
    Renderers ours = new Renderers().register(Renderer.of(Point.class, List.of("application/json"),
        (p, types) -> MimeBundle.of("application/json", "{\"x\": " + p.x() + "}")));
    org.dflib.jjava.jupyter.kernel.display.Renderer jjava = new org.dflib.jjava.jupyter.kernel.display.Renderer();
    assertEquals(1, JJavaBridge.register(jjava, ours));
    Object json = jjava.render(new Point(3)).getData(MIMEType.APPLICATION_JSON);
    assertEquals("{\"x\":3}", json.toString());
  }

  @Test
  void somethingElseIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JJavaBridge.register("not a renderer"));
    assertTrue(e.getMessage().startsWith("not a JJava renderer (java.lang.String)"), e.getMessage());
  }
}
