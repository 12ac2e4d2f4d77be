package dev.tablebook.display;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown as safe HTML (CommonMark with GitHub's tables): the {@code text/html} copy a Markdown display
 * carries, which front ends that do not render Markdown — the classic Notebook when a notebook is not
 * trusted — draw instead of the source, and the Markdown of an HTML report. Raw HTML in the Markdown is
 * shown as text; a link keeps its URL only when it is relative or http, https or mailto, an image only
 * when it is relative, http, https or an embedded {@code data:image/...}; other URLs ({@code javascript:},
 * {@code data:text/html}, ...) become empty.
 *
 * @since 0.2
 */
public final class MarkdownHtml {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
      .sanitizeUrls(true).urlSanitizer(new SafeUrls()).build();

  private MarkdownHtml() {}

  /** {@code markdown} rendered to safe HTML. */
  public static String render(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  /** Keeps a URL whose scheme is allowed, or that has none (relative); anything else becomes "". */
  private static final class SafeUrls implements UrlSanitizer {
    private static final Set<String> LINKS = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGES = Set.of("http", "https");

    @Override
    public String sanitizeLinkUrl(String url) {
      String scheme = scheme(url);
      return scheme == null || LINKS.contains(scheme) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      String scheme = scheme(url);
      boolean embedded = "data".equals(scheme) && url.strip().toLowerCase(Locale.ROOT).startsWith("data:image/");
      return scheme == null || IMAGES.contains(scheme) || embedded ? url : "";
    }

    /**
     * The scheme as a browser reads it (lower case; tabs, line breaks and leading controls and spaces
     * ignored), or null for a relative URL: one where {@code /}, {@code ?} or {@code #} comes before any {@code :}.
     */
    private static String scheme(String url) {
      StringBuilder scheme = new StringBuilder();
      String trimmed = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
      for (int i = 0; i < trimmed.length(); i++) {
        char c = trimmed.charAt(i);
        if (c == ':') {
          return scheme.toString().toLowerCase(Locale.ROOT);
        }
        if (c == '/' || c == '?' || c == '#') {
          return null;
        }
        scheme.append(c);
      }
      return null;
    }
  }
}
