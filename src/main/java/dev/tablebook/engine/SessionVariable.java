package dev.tablebook.engine;

/**
 * One variable of the session as {@code %vars} lists it: its name, its declared type as JShell
 * writes it, and a short text of its value.
 *
 * @since 0.2
 */
public record SessionVariable(String name, String type, String value) {}
