package dev.tablebook.engine;

import dev.tablebook.secrets.Secrets;

/**
 * One variable of the session as a debugger front end's variable explorer shows it: its name, its declared
 * type as JShell writes it, a short text of its value (credentials hidden, as {@code %vars} shows it), and
 * the live value itself, for looking inside it.
 *
 * @since 0.6
 */
public record InspectedVariable(String name, String type, String text, Object value) {
  public InspectedVariable {
    text = Secrets.redact(text);
  }
}
