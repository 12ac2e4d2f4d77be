package dev.tablebook.charts;

import dev.tablebook.display.Plotly;
import java.util.Objects;

/**
 * Where an HTML chart gets plotly.js from: a local file next to the page (reports; works offline),
 * inline in the page (one self-contained file, about 11 MB), a CDN (opt-in only: the page then needs
 * the network), or nowhere because the page already loaded it.
 *
 * @since 0.2
 */
public final class PlotlyJs {
  /** The file name {@link Chart#save} writes plotly.js to, next to an HTML page. */
  public static final String FILE_NAME = Plotly.FILE_NAME;

  private enum Kind { FILE, INLINE, URL, LOADED }

  private final Kind kind;
  private final String src;

  private PlotlyJs(Kind kind, String src) {
    this.kind = kind;
    this.src = src;
  }

  /** A {@code <script src>} of a local file, relative to the page, such as {@code plotly-3.3.1.js}. */
  public static PlotlyJs file(String relativePath) {
    return new PlotlyJs(Kind.FILE, Objects.requireNonNull(relativePath, "relativePath"));
  }

  /** plotly.js copied into the page itself. */
  public static PlotlyJs inline() {
    return new PlotlyJs(Kind.INLINE, null);
  }

  /** plotly.js of the same version from the official CDN; the page then needs the network. */
  public static PlotlyJs cdn() {
    return new PlotlyJs(Kind.URL, "https://cdn.plot.ly/plotly-" + Plotly.VERSION + ".min.js");
  }

  /** No script tag: the page has loaded plotly.js already. */
  public static PlotlyJs alreadyLoaded() {
    return new PlotlyJs(Kind.LOADED, null);
  }

  /** Whether the page refers to a local file that must be written beside it. */
  boolean isFile() {
    return kind == Kind.FILE;
  }

  /** The HTML that loads plotly.js, or nothing. */
  String scriptTag() {
    return switch (kind) {
      case FILE, URL -> "<script src=\"" + ChartHtml.escapeAttribute(src) + "\" charset=\"utf-8\"></script>";
      case INLINE -> "<script>" + Plotly.script().replace("</script", "<\\/script") + "</script>";
      case LOADED -> "";
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FILE -> "PlotlyJs.file(" + src + ")";
      case INLINE -> "PlotlyJs.inline()";
      case URL -> "PlotlyJs.cdn()";
      case LOADED -> "PlotlyJs.alreadyLoaded()";
    };
  }
}
