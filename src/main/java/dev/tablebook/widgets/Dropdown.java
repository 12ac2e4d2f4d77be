package dev.tablebook.widgets;

import java.util.List;

/**
 * A drop-down list that picks one option ({@code DropdownModel}).
 *
 * <pre>{@code
 * var metric = new Dropdown("exports", "imports").description("Metric");
 * }</pre>
 *
 * @since 0.4
 */
public final class Dropdown extends SingleSelection<Dropdown> {

  /** A drop-down over {@code options}, the first picked. */
  public Dropdown(List<String> options) {
    super(Models.described("Dropdown", "DescriptionStyle", "description_width"), options);
  }

  /** A drop-down over {@code options}, the first picked. */
  public Dropdown(String... options) {
    this(List.of(options));
  }
}
