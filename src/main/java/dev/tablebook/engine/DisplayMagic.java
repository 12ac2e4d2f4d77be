package dev.tablebook.engine;

import dev.tablebook.display.MimeBundle;

/**
 * {@code %%html}, {@code %%markdown} and {@code %%javascript}: shows the cell's body as it is, with
 * one MIME type ({@code text/html}, {@code text/markdown}, {@code application/javascript}) and the
 * body itself as the {@code text/plain} fallback, as IPython's magics of those names do.
 */
final class DisplayMagic implements Magic {
  private final String name;
  private final String mimeType;
  private final String help;

  private DisplayMagic(String name, String mimeType, String help) {
    this.name = name;
    this.mimeType = mimeType;
    this.help = help;
  }

  static DisplayMagic html() {
    return new DisplayMagic("html", MimeBundle.TEXT_HTML, "show the cell as HTML");
  }

  static DisplayMagic markdown() {
    return new DisplayMagic("markdown", MimeBundle.TEXT_MARKDOWN, "show the cell as Markdown");
  }

  static DisplayMagic javascript() {
    return new DisplayMagic("javascript", "application/javascript",
        "run the cell as JavaScript in the front end (trusted notebooks in front ends that allow it)");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String help() {
    return help;
  }

  @Override
  public boolean isLineMagic() {
    return false;
  }

  @Override
  public boolean isCellMagic() {
    return true;
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    if (!arguments.isBlank()) {
      throw new MagicException("%%" + name + " takes no arguments (the cell's body is what it shows), not: " + arguments.strip());
    }
    context.display(MimeBundle.of(mimeType, body).with(MimeBundle.TEXT_PLAIN, body));
    return true;
  }
}
