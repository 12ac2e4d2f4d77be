package dev.tablebook.display;

import java.util.List;
import java.util.Set;

/**
 * Text as whatever text type a cell asks for, as IJava does: {@code display("<b>Bold</b>", "text/html")}
 * shows bold, {@code render(md, "text/markdown")} Markdown; asked for nothing, text is plain text.
 * JSON types are left out: text that is not JSON would break the message that carries it.
 *
 * @since 0.2
 */
public final class TextRenderer implements Renderer<CharSequence> {
  private static final List<String> TYPES = List.of(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML, MimeBundle.TEXT_MARKDOWN,
      "text/latex", "text/css", "application/javascript", "image/svg+xml");

  @Override
  public Class<CharSequence> type() {
    return CharSequence.class;
  }

  @Override
  public List<String> mimeTypes() {
    return TYPES;
  }

  @Override
  public List<String> defaultMimeTypes() {
    return List.of(MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(CharSequence text, Set<String> mimeTypes) {
    String content = text.toString();
    MimeBundle bundle = MimeBundle.empty();
    for (String type : mimeTypes) {
      bundle = bundle.with(type, content);
    }
    return bundle;
  }
}
