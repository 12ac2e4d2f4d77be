package dev.tablebook.tables;

import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The plain formats a whole table can be written in: aligned text, CSV (RFC 4180), JSON (an array
 * of objects, missing values as {@code null}) and GitHub-flavoured Markdown.
 *
 * @since 0.1
 */
public enum TableFormat {
  TEXT,
  CSV,
  JSON,
  MARKDOWN;

  /** Writes every row of {@code table} in this format; the text ends with a newline. */
  public String render(Table table) {
    return switch (this) {
      case TEXT -> TextTable.render(whole(table).cells());
      case CSV -> CsvTable.render(table);
      case JSON -> JsonTable.render(table);
      case MARKDOWN -> MarkdownTable.render(whole(table).cells(), false);
    };
  }

  private static TableView whole(Table table) {
    return TableView.of(table).allRows().maxColumns(Integer.MAX_VALUE).caption(null);
  }

  /** The format for a name such as {@code markdown}, ignoring case. */
  public static TableFormat forName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
