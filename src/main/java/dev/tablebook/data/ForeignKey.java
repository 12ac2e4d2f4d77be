package dev.tablebook.data;

import java.util.List;

/**
 * A Table Schema foreign key: these fields must match a row of another resource (or of this one when
 * {@code resource} is empty). Rows whose key fields are all missing are not checked.
 *
 * @since 0.1
 */
public record ForeignKey(List<String> fields, String resource, List<String> referencedFields) {}
