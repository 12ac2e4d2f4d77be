package dev.tablebook.charts;

import java.util.Objects;

/**
 * A note pointing at one value of a chart, such as "Record: $240.1 bn" on the 2023 bar.
 *
 * <p>Package-private since 0.4 (it was public, though no public method took or gave one): users write
 * {@code chart.annotate(at, text)}, and Tablesaw's jsplot has an {@code Annotation} that notebooks
 * import by default.
 *
 * @param at the category (its text as shown, such as {@code "2023"}), number or date the note points at
 * @param text the note
 * @since 0.2
 */
record Annotation(Object at, String text) {
  Annotation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }
}
