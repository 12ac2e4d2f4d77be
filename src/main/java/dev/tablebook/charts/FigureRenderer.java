package dev.tablebook.charts;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Plotly;
import dev.tablebook.display.Renderer;
import java.util.List;
import java.util.Set;
import tech.tablesaw.plotly.components.Figure;

/**
 * Shows Tablesaw jsplot {@link Figure}s in notebooks: as the Plotly figure (drawn by JupyterLab with
 * Plotly support, VS Code and Tablebook reports), as HTML for pages that loaded plotly.js, and as a
 * line of text. jsplot writes plotly.js 1.x layouts (string titles, {@code titlefont}); both the
 * figure and the HTML's script turn them into plotly.js 3's {@code title.text}. The HTML needs
 * plotly.js in the page ({@link Charts#plotlyJsForNotebook()}); without it the output says so
 * instead of staying blank. A figure whose script cannot be read as JSON is shown as HTML only.
 * Registered through {@code META-INF/services}.
 *
 * @since 0.2
 */
public final class FigureRenderer implements Renderer<Figure> {
  /** The HTML's script that fixes titles before plotly.js draws; tests run it as the reference for {@code JsplotJson}. */
  static final String FIX_TITLES = "function fix(o){if(!o||typeof o!=='object')return o;"
      + "if(typeof o.title==='string'){o.title={text:o.title};}"
      + "if(o.titlefont){o.title=Object.assign(o.title||{},{font:o.titlefont});delete o.titlefont;}"
      + "for(var k in o){if(/^([xyz]axis\\d*|scene)$/.test(k)){fix(o[k]);}}return o;}";

  @Override
  public Class<Figure> type() {
    return Figure.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(Plotly.MIME_TYPE, MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(Figure figure, Set<String> mimeTypes) {
    MimeBundle bundle = MimeBundle.empty();
    if (mimeTypes.contains(Plotly.MIME_TYPE)) {
      bundle = JsplotJson.of(figure).map(json -> MimeBundle.of(Plotly.MIME_TYPE, json.toString())).orElse(bundle);
    }
    if (mimeTypes.contains(MimeBundle.TEXT_HTML)) {
      bundle = bundle.with(MimeBundle.TEXT_HTML, html(figure));
    }
    String title = figure.getLayout() == null || figure.getLayout().getTitle() == null ? "" : " \"" + figure.getLayout().getTitle() + "\"";
    return bundle.with(MimeBundle.TEXT_PLAIN, "Plotly figure" + title + " with " + figure.getTraces().length + " trace(s)");
  }

  private static String html(Figure figure) {
    String probe = figure.asJavascript("tablebook-figure");
    String id = "tablebook-figure-" + ChartHtml.hash(probe);
    String script = figure.asJavascript(id).replace("<script>", "").replace("</script>", "")
        .replace("Plotly.newPlot(", "plot3(");
    String html = "<div id=\"" + id + "\"></div><script>(function(){"
        + "if(!window.Plotly){document.getElementById('" + id + "').textContent="
        + "'This figure needs plotly.js: display(Charts.plotlyJsForNotebook()) once, or open it in a Tablebook report.';return;}"
        + FIX_TITLES + "function plot3(t,d,l,c){return Plotly.newPlot(t,d,fix(l),c);}" + script + "})();</script>";
    return html;
  }
}
