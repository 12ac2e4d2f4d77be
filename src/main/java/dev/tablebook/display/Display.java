package dev.tablebook.display;

import java.util.UUID;

/**
 * The display functions notebook cells call, with the names IJava and JJava users know; statically
 * imported in every Tablebook cell. Outside a notebook, {@code display} prints the text form.
 *
 * <pre>{@code
 * String id = display(table);                 // shows the table now, returns an id
 * updateDisplay(id, table.first(3));          // replaces that output
 * display(chart, "image/svg+xml");            // only the asked MIME types (plus text/plain)
 * html("<b>bold</b>")                         // as a cell's last expression: shown as HTML
 * }</pre>
 *
 * @since 0.1
 */
public final class Display {
  private Display() {}

  /** Shows {@code value} as a new output now and returns its display id. */
  public static String display(Object value) {
    return show(render(value));
  }

  /** Shows {@code value} in the asked MIME types (plus {@code text/plain}); returns its display id. */
  public static String display(Object value, String... mimeTypes) {
    return show(render(value, mimeTypes));
  }

  /** Renders {@code value} with the registered renderers, without showing it. */
  public static MimeBundle render(Object value) {
    return Renderers.global().render(value);
  }

  /** Renders {@code value} in the asked MIME types (plus {@code text/plain}), without showing it. */
  public static MimeBundle render(Object value, String... mimeTypes) {
    return Renderers.global().render(value, mimeTypes);
  }

  /** Replaces the output shown under {@code displayId} with {@code value}. */
  public static void updateDisplay(String displayId, Object value) {
    update(displayId, render(value));
  }

  /** Replaces the output shown under {@code displayId} with {@code value} in the asked MIME types. */
  public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
    update(displayId, render(value, mimeTypes));
  }

  /** HTML to show: display it, or end a cell with it. */
  public static MimeBundle html(String html) {
    return MimeBundle.of(MimeBundle.TEXT_HTML, html).with(MimeBundle.TEXT_PLAIN, html);
  }

  /**
   * Markdown to show: display it, or end a cell with it. It also carries the Markdown rendered as HTML,
   * which front ends that do not render Markdown (an untrusted classic Notebook) draw instead.
   */
  public static MimeBundle markdown(String markdown) {
    return MimeBundle.of(MimeBundle.TEXT_MARKDOWN, markdown).with(MimeBundle.TEXT_HTML, MarkdownHtml.render(markdown))
        .with(MimeBundle.TEXT_PLAIN, markdown);
  }

  /** Clears the cell's output now. */
  public static void clearOutput() {
    clearOutput(false);
  }

  /** Clears the cell's output; with {@code wait}, when the next output arrives (no flicker). */
  public static void clearOutput(boolean wait) {
    DisplaySink sink = DisplayContext.current();
    if (sink != null) {
      sink.clearOutput(wait);
    }
  }

  private static String show(MimeBundle bundle) {
    String id = UUID.randomUUID().toString();
    DisplaySink sink = DisplayContext.current();
    if (sink != null) {
      sink.display(bundle, id);
    } else {
      System.out.println(bundle.plainText());
    }
    return id;
  }

  private static void update(String displayId, MimeBundle bundle) {
    DisplaySink sink = DisplayContext.current();
    if (sink != null) {
      sink.updateDisplay(displayId, bundle);
    } else {
      System.out.println(bundle.plainText());
    }
  }
}
