package dev.tablebook.engine;

/**
 * One variable of the session as a debugger front end's variable explorer shows it: its name, its declared
 * type as JShell writes it, and its live value (null where it has none), which the explorer reads without
 * running the value's code.
 *
 * @since 0.6
 */
public record InspectedVariable(String name, String type, Object value) {}
