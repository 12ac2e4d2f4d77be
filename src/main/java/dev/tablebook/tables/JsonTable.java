package dev.tablebook.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A JSON array with one object per row; numbers and booleans typed, missing values {@code null}. */
final class JsonTable {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonTable() {}

  static String render(Table table) {
    ArrayNode rows = JSON.createArrayNode();
    for (int r = 0; r < table.rowCount(); r++) {
      ObjectNode row = rows.addObject();
      for (Column<?> column : table.columns()) {
        put(row, column, r);
      }
    }
    try {
      return JSON.writeValueAsString(rows) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write table " + table.name() + " as JSON", e);
    }
  }

  private static void put(ObjectNode row, Column<?> column, int r) {
    String name = column.name();
    Object value = column.isMissing(r) ? null : column.get(r);
    if (value == null) {
      row.putNull(name);
    } else if (value instanceof Boolean b) {
      row.put(name, b);
    } else if (value instanceof Integer i) {
      row.put(name, i);
    } else if (value instanceof Long l) {
      row.put(name, l);
    } else if (value instanceof Double d && Double.isFinite(d)) {
      row.put(name, new BigDecimal(CellText.number(d)));
    } else {
      row.put(name, CellText.of(column, r));
    }
  }
}
