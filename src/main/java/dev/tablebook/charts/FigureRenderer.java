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
 * line of text; until its script draws it (never, in a notebook not trusted), the HTML says so in words. jsplot writes plotly.js 1.x layouts (string titles, {@code titlefont}); both the
 * figure and the HTML's script turn them into plotly.js 3's {@code title.text}. The HTML draws with
 * the page's plotly.js, or loads the one {@code tablebook install} put in the kernelspec folder
 * (classic Notebook, JupyterLab and Notebook 7 serve it); where neither is there (a page that is not
 * Jupyter's, a kernel installed otherwise), the output says so instead of staying blank. A figure whose script cannot be read as JSON is shown as HTML only.
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
    return bundle.with(MimeBundle.TEXT_PLAIN, "Plotly figure" + title(figure) + " with " + figure.getTraces().length + " trace(s)");
  }

  /** The figure's title quoted after a space, or nothing. */
  private static String title(Figure figure) {
    return figure.getLayout() == null || figure.getLayout().getTitle() == null ? "" : " \"" + figure.getLayout().getTitle() + "\"";
  }

  private static String html(Figure figure) {
    // jsplot declares "var target_<id>", so the id must be a JavaScript identifier's tail: no hyphens.
    String probe = figure.asJavascript("tablebook_figure");
    String id = "tablebook_figure_" + ChartHtml.hash(probe);
    String script = figure.asJavascript(id).replace("<script>", "").replace("</script>", "")
        .replace("Plotly.newPlot(", "plot3(");
    // The same figure shown twice has the same id: each script takes the last of those divs not taken yet,
    // which is its own (the page runs an output's script once the output is in).
    // What a page that runs no scripts (an untrusted notebook) shows in place of the figure; draw() replaces it.
    String pending = ChartHtml.escapeText("Plotly figure" + title(figure)
        + ": it draws when the notebook is trusted (run it) or where a Plotly renderer is installed");
    return "<div id=\"" + id + "\">" + pending + "</div><script>(function(){var el=null,all=document.querySelectorAll"
        + "?document.querySelectorAll('div[id=\"" + id + "\"]'):[document.getElementById('" + id + "')];"
        + "for(var i=all.length-1;i>=0&&!el;i--){if(!all[i].getAttribute||!all[i].getAttribute('data-taken')){el=all[i];}}"
        + "if(el&&el.setAttribute){el.setAttribute('data-taken','1');}"
        + loadPlotly(Plotly.kernelName())
        + "function draw(){if(el){el.textContent='';}" + FIX_TITLES + "function plot3(t,d,l,c){return Plotly.newPlot(el||t,d,fix(l),c);}" + script + "}"
        + "load(function(loaded){if(loaded){draw();}else if(el){el.textContent="
        + "'This figure needs plotly.js: display(Charts.plotlyJsForNotebook()) once, or open it in a Tablebook report.';}});"
        + "})();</script>";
  }

  /**
   * The HTML's loader of plotly.js when the page has none: the copy {@code tablebook install} put in the
   * kernelspec folder, which Jupyter serves at {@code BASE/kernelspecs/NAME/plotly-VERSION.js} (the base
   * URL from the classic Notebook's body or JupyterLab's page configuration; the kernel's name from the
   * classic Notebook, else {@code kernelName}, the name this kernel was installed as). Through require.js
   * where the page has it (the classic Notebook), which plotly.js registers with; figures that wait for it
   * are drawn once it is in.
   */
  private static String loadPlotly(String kernelName) {
    return "function load(done){var w=window;if(w.Plotly){done(true);return;}"
        + "if(w.tablebookPlotlyWaiting){w.tablebookPlotlyWaiting.push(done);return;}"
        + "var waiting=w.tablebookPlotlyWaiting=[done];"
        + "function finish(ok){w.tablebookPlotlyWaiting=null;waiting.forEach(function(f){f(ok);});}"
        + "var base=document.body.getAttribute('data-base-url'),config=document.getElementById('jupyter-config-data');"
        + "if(base==null&&config){try{base=JSON.parse(config.textContent).baseUrl;}catch(e){}}"
        + "if(base==null){finish(false);return;}"
        + "var kernel=w.Jupyter&&w.Jupyter.notebook&&w.Jupyter.notebook.kernel;"
        + "var url=base.replace(/\\/?$/,'/')+'kernelspecs/'+encodeURIComponent((kernel&&kernel.name)||'" + kernelName + "')+'/"
      + Plotly.FILE_NAME + "';"
        + "if(w.requirejs&&w.define&&w.define.amd){w.requirejs.config({paths:{'tablebook-plotly':url.replace(/\\.js$/,'')}});"
        + "w.requirejs(['tablebook-plotly'],function(P){w.Plotly=w.Plotly||P;finish(true);},function(){finish(false);});return;}"
        + "var s=document.createElement('script');s.src=url;s.onload=function(){finish(!!w.Plotly);};"
        + "s.onerror=function(){finish(false);};document.head.appendChild(s);}";
  }
}
