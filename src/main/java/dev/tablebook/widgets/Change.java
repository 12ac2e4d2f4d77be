package dev.tablebook.widgets;

/**
 * One change of a widget's state, as its observers see it: which widget, which property, the value
 * before and after (Java values: a number, text, a list, another widget).
 *
 * @since 0.4
 */
public record Change(Widget widget, String name, Object oldValue, Object newValue) { }
