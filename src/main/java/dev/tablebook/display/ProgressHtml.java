package dev.tablebook.display;

import java.util.Locale;

/**
 * A {@link ProgressState} as an HTML bar with its numbers beside it. Inline styles only and no
 * script, so it shows the same in an untrusted notebook and in a report whose Content-Security-Policy
 * runs no output's scripts. A bar that stopped short is drawn in another colour.
 */
final class ProgressHtml {
  private static final String RUNNING = "#4c8bf5";
  private static final String COMPLETE = "#3a9d5d";
  private static final String STOPPED = "#d9534f";

  private ProgressHtml() {}

  static String html(ProgressState state) {
    StringBuilder html = new StringBuilder(600);
    html.append("<div class=\"tablebook-progress\" style=\"font-family:monospace;font-size:12px;line-height:1.6\">");
    if (!state.label().isEmpty()) {
      html.append("<span>").append(Html.escape(state.label())).append("</span> ");
    }
    if (state.bounded()) {
      String colour = state.complete() ? COMPLETE : state.stopped() ? STOPPED : RUNNING;
      html.append("<span style=\"display:inline-block;width:16em;height:0.9em;vertical-align:middle;")
          .append("background-color:#e4e4e4;border-radius:3px;overflow:hidden\">")
          .append("<span style=\"display:block;height:100%;width:")
          .append(String.format(Locale.ROOT, "%.1f", state.fraction() * 100))
          .append("%;background-color:").append(colour).append("\"></span></span> ");
    }
    html.append("<span>").append(Html.escape(ProgressText.counts(state))).append(" · ")
        .append(Html.escape(ProgressText.timing(state))).append("</span></div>");
    return html.toString();
  }
}
