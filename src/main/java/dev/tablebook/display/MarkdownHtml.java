package dev.tablebook.display;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as HTML (CommonMark with GitHub's tables), for the {@code text/html} copy a Markdown display
 * carries: front ends that do not render Markdown — the classic Notebook when a notebook is not trusted —
 * draw this sanitised HTML instead of showing the Markdown source. Link and image URLs other than
 * http, https, mailto and data are dropped.
 *
 * @since 0.2
 */
public final class MarkdownHtml {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

  private MarkdownHtml() {}

  /** {@code markdown} rendered to HTML. */
  public static String render(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }
}
