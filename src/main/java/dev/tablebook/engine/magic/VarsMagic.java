package dev.tablebook.engine.magic;

import dev.tablebook.display.Html;
import dev.tablebook.display.MimeBundle;
import java.util.List;

/**
 * {@code %vars}: a table of the session's variables (name, type, a short value), sorted by name,
 * without JShell's temporary {@code $1} variables; shown as HTML with a text fallback, and also the
 * magic's value ({@code List<SessionVariable>}) for {@code lineMagic("vars")}.
 */
final class VarsMagic implements Magic {
  static final int MAX_VALUE_LENGTH = 80;

  @Override
  public String name() {
    return "vars";
  }

  @Override
  public String help() {
    return "list the session's variables: name, type and a short value";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    if (!arguments.isBlank()) {
      throw new MagicException("%vars takes no arguments, not: " + arguments.strip());
    }
    List<SessionVariable> variables = context.variables(MAX_VALUE_LENGTH);
    context.result(variables);
    if (variables.isEmpty()) {
      context.println("no variables defined");
    } else {
      context.display(MimeBundle.of(MimeBundle.TEXT_HTML, html(variables)).with(MimeBundle.TEXT_PLAIN, text(variables)));
    }
    return true;
  }

  static String html(List<SessionVariable> variables) {
    StringBuilder html = new StringBuilder("<table class=\"tablebook-vars\">\n<thead><tr><th>Name</th><th>Type</th><th>Value</th></tr></thead>\n<tbody>\n");
    for (SessionVariable v : variables) {
      html.append("<tr><td><code>").append(Html.escape(v.name())).append("</code></td><td><code>").append(Html.escape(v.type()))
          .append("</code></td><td>").append(Html.escape(v.value())).append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>").toString();
  }

  static String text(List<SessionVariable> variables) {
    int name = "Name".length();
    int type = "Type".length();
    for (SessionVariable v : variables) {
      name = Math.max(name, v.name().length());
      type = Math.max(type, v.type().length());
    }
    String row = "%-" + name + "s  %-" + type + "s  %s";
    StringBuilder text = new StringBuilder(String.format(row, "Name", "Type", "Value").stripTrailing());
    text.append('\n').append(String.format(row, "-".repeat(name), "-".repeat(type), "-----"));
    for (SessionVariable v : variables) {
      text.append('\n').append(String.format(row, v.name(), v.type(), v.value()).stripTrailing());
    }
    return text.toString();
  }
}
