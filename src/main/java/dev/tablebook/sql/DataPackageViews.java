package dev.tablebook.sql;

import dev.tablebook.data.DataPackage;
import dev.tablebook.data.Resource;

/**
 * Puts the article's data package into a database: each tabular resource is copied, with the types
 * its schema gives, into the schema {@value #SCHEMA} and shown as a read-only view under its own name
 * ({@code SELECT * FROM trade_totals}).
 */
final class DataPackageViews {
  static final String SCHEMA = "datapackage";

  private DataPackageViews() {}

  static void create(SqlDatabase database, DataPackage dataPackage) {
    for (Resource resource : dataPackage.resources()) {
      if (resource.isTabular()) {
        database.registerReadOnly(SCHEMA, resource.name(), dataPackage.table(resource.name()));
      }
    }
  }
}
