package dev.tablebook.spark;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.display.Renderer;
import dev.tablebook.display.Renderers;
import dev.tablebook.tables.TableView;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import tech.tablesaw.api.Table;

/**
 * Shows a Spark dataset as a table of its first {@value #ROWS} rows (a job with that limit: the rest is
 * never collected, nor counted) and its schema as Spark prints it.
 */
final class DatasetRenderer implements Renderer<Dataset<?>> {
  static final int ROWS = 10;

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public Class<Dataset<?>> type() {
    return (Class) Dataset.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(MimeBundle.TEXT_HTML, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(Dataset<?> dataset, Set<String> mimeTypes) {
    Table first = Spark.toTable(dataset.toDF(), ROWS + 1);
    boolean more = first.rowCount() > ROWS;
    Table shown = more ? first.first(ROWS) : first;
    String caption = more ? "the first " + ROWS + " rows (Spark has more; Spark.toTable(ds, n) takes n)" : first.rowCount() + " rows";
    MimeBundle table = Renderers.global().render(TableView.of(shown.setName("Spark dataset")).allRows().caption(caption));
    String schema = dataset.schema().treeString();
    return MimeBundle.of(MimeBundle.TEXT_HTML, table.get(MimeBundle.TEXT_HTML).orElse("") + "<pre>" + dev.tablebook.display.Html.escape(schema) + "</pre>")
        .with(MimeBundle.TEXT_PLAIN, table.plainText() + "\n" + schema);
  }
}
