package dev.tablebook.widgets;

import java.util.Map;

/**
 * HTML shown in the page and updated in place ({@code HTMLModel}): a live caption, a table.
 *
 * @since 0.4
 */
public final class HTML extends DescriptionWidget<HTML> {

  /** HTML showing {@code html}. */
  public HTML(String html) {
    super(initial(html));
  }

  /** Empty HTML. */
  public HTML() {
    this("");
  }

  private static Map<String, Object> initial(String html) {
    Map<String, Object> state = Models.described("HTML", "HTMLStyle", "background", "description_width", "font_size",
        "text_color");
    state.put("placeholder", "\u200b");
    state.put("value", html);
    return state;
  }

  /** The HTML shown. */
  public String value() {
    return (String) get("value");
  }

  /** Replaces the HTML shown. */
  public HTML value(String html) {
    set("value", html);
    return this;
  }

  @Override
  protected String fallbackHtml() {
    return value();
  }
}
