package dev.tablebook.charts;

import dev.tablebook.display.Display;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.io.AtomicFiles;
import dev.tablebook.io.TextFiles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * What Tablesaw jsplot's desktop display calls do in a notebook: the figure is shown in the cell, where
 * the code is, instead of in a desktop browser (which a kernel does not have). In cells, jsplot's
 * {@code Plot.show(...)} and {@code Browser.browse(File)} call these methods, with the same arguments,
 * whether the cell imported jsplot itself or not (the engine redirects them when it loads jsplot for
 * cells). Each keeps what the call meant besides the browser:
 * <ul>
 *   <li>{@code show(figure)} and {@code show(figure, divName)} show the figure; they write nothing
 *       (jsplot would write {@code testoutput/output*.html} to open it).
 *   <li>{@code show(figure, file)}, {@code show(figure, divName, file)} and {@code show(html, file)}
 *       write the page to the file the caller named, as jsplot does (whole, or not at all), then show
 *       the figure, or the page.
 *   <li>{@code browse(file)} shows the page in the cell, in a frame of its own.
 * </ul>
 * Outside a notebook they print the figure's text form, as {@link Display#display(Object)} does.
 *
 * @since 0.4
 */
public final class JsplotInNotebook {
  private static final String DEFAULT_DIV_NAME = "target";

  private JsplotInNotebook() {}

  /** {@code Plot.show(figure)}: shows the figure. */
  public static void show(Figure figure) {
    Display.display(figure);
  }

  /** {@code Plot.show(figure, divName)}: shows the figure (the div name only mattered to jsplot's page). */
  public static void show(Figure figure, String divName) {
    Display.display(figure);
  }

  /** {@code Plot.show(figure, file)}: writes jsplot's page to {@code file}, then shows the figure. */
  public static void show(Figure figure, File outputFile) {
    show(figure, DEFAULT_DIV_NAME, outputFile);
  }

  /** {@code Plot.show(figure, divName, file)}: writes jsplot's page to {@code file}, then shows the figure. */
  public static void show(Figure figure, String divName, File outputFile) {
    write(outputFile, Page.pageBuilder(figure, divName).build().asJavascript());
    Display.display(figure);
  }

  /** {@code Plot.show(html, file)}: writes the page to {@code file}, then shows it. */
  public static void show(String html, File outputFile) {
    write(outputFile, html);
    Display.display(page(html, outputFile.getName()));
  }

  /** {@code new Browser().browse(file)}: shows the page in the file. */
  public static void browse(File file) throws IOException {
    Display.display(page(TextFiles.readUtf8(file.toPath()), file.getName()));
  }

  /**
   * An HTML page to show in a cell: a sandboxed frame of its own (its scripts run, but cannot reach the
   * notebook), and its file name as text.
   */
  static MimeBundle page(String html, String name) {
    String frame = "<iframe title=\"" + ChartHtml.escapeAttribute(name) + "\" sandbox=\"allow-scripts\""
        + " style=\"width:100%;height:520px;border:0\" srcdoc=\"" + ChartHtml.escapeAttribute(html) + "\"></iframe>";
    return MimeBundle.of(MimeBundle.TEXT_HTML, frame).with(MimeBundle.TEXT_PLAIN, "HTML page " + name);
  }

  private static void write(File file, String html) {
    try {
      Path target = file.toPath().toAbsolutePath();
      AtomicFiles.write(target, html, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
