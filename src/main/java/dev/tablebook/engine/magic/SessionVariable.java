package dev.tablebook.engine.magic;

import dev.tablebook.secrets.Secrets;

/**
 * One variable of the session as {@code %vars} lists it: its name, its declared type as JShell
 * writes it, and a short text of its value, whose credentials are hidden ({@link Secrets#redact}).
 *
 * @since 0.2
 */
public record SessionVariable(String name, String type, String value) {
  public SessionVariable {
    value = Secrets.redact(value);
  }
}
