package dev.tablebook.article;

import dev.tablebook.data.ArticleFacts;
import dev.tablebook.data.Resource;
import dev.tablebook.tables.TableView;

/**
 * The article's tables as views captioned with their title and footnoted with their provenance,
 * such as {@code ArticleTables.view("trade_totals")}.
 *
 * @since 0.2
 */
public final class ArticleTables {
  private ArticleTables() {}

  /** The table {@code name} of the data package, captioned and sourced. */
  public static TableView view(String name) {
    Resource resource = ArticleFacts.dataPackage().resource(name)
        .orElseThrow(() -> new IllegalArgumentException("No table '" + name + "' in the data package; tables: "
            + ArticleFacts.dataPackage().tableNames()));
    return TableView.of(ArticleFacts.dataPackage().table(name))
        .caption(resource.title())
        .source("the data package's " + resource.path() + "; each row links its report in source_url");
  }
}
