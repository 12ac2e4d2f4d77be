package dev.tablebook.engine.magic;

import dev.tablebook.display.Display;
import dev.tablebook.display.MimeBundle;
import java.util.function.Function;

/**
 * {@code %%html}, {@code %%markdown} and {@code %%javascript}: shows the cell's body as it is, with
 * one MIME type ({@code text/html}, {@code text/markdown}, {@code application/javascript}) and the
 * body itself as the {@code text/plain} fallback, as IPython's magics of those names do; Markdown also
 * carries its HTML rendering, as {@code Display.markdown} does.
 */
final class DisplayMagic implements CellMagic {
  private final String name;
  private final Function<String, MimeBundle> bundle;
  private final String help;

  private DisplayMagic(String name, Function<String, MimeBundle> bundle, String help) {
    this.name = name;
    this.bundle = bundle;
    this.help = help;
  }

  static DisplayMagic html() {
    return new DisplayMagic("html", Display::html, "show the cell as HTML");
  }

  /** As {@code Display.markdown}: with an HTML copy for front ends that do not render Markdown. */
  static DisplayMagic markdown() {
    return new DisplayMagic("markdown", Display::markdown, "show the cell as Markdown");
  }

  static DisplayMagic javascript() {
    return new DisplayMagic("javascript", body -> MimeBundle.of("application/javascript", body).with(MimeBundle.TEXT_PLAIN, body),
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
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    CellMagic.noArguments(name, arguments, "the cell's body is what it shows");
    context.display(bundle.apply(body));
    return true;
  }
}
