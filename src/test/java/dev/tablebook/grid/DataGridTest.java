package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.comm.CommHub;
import dev.tablebook.comm.CommMessage;
import dev.tablebook.comm.RecordingTransport;
import dev.tablebook.display.Display;
import dev.tablebook.widgets.Widget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The grid driven as its front end drives it: update messages to its drop-downs and text box, clicks on its buttons. */
class DataGridTest {
  private final RecordingTransport transport = new RecordingTransport();

  @BeforeEach
  void connect() {
    CommHub.global().connect(transport);
  }

  private static Table numbers() {
    int[] ids = new int[45];
    String[] names = new String[45];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i + 1;
      names[i] = (i + 1) % 2 == 0 ? "even" : "odd";
    }
    return Table.create("numbers", IntColumn.create("id", ids), StringColumn.create("parity", names));
  }

  /** The widget of the grid's view whose description is {@code description}. */
  private static Widget control(DataGrid grid, String description) {
    return find(grid.view(), description);
  }

  @SuppressWarnings("unchecked")
  private static Widget find(Widget widget, String description) {
    if (description.equals(widget.get("description"))) {
      return widget;
    }
    if (widget.get("children") instanceof List<?> children) {
      for (Object child : children) {
        Widget found = find((Widget) child, description);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void update(Widget widget, String name, Object value) {
    assertTrue(CommHub.global().received(widget.id(), CommMessage.of(Map.of("method", "update", "state", Map.of(name, value)))));
  }

  private static void click(Widget button) {
    assertTrue(CommHub.global().received(button.id(), CommMessage.of(Map.of("method", "custom", "content", Map.of("event", "click")))));
  }

  private static String position(DataGrid grid) {
    java.util.regex.Matcher which = java.util.regex.Pattern.compile("rows [0-9,]+–[0-9,]+ of [0-9,]+( \\(filtered from [0-9,]+\\))?")
        .matcher(grid.html());
    assertTrue(which.find(), grid.html());
    return which.group();
  }

  @Test
  void sortsFiltersAndPagesAsTheFrontEndAsks() {
    DataGrid grid = DataGrid.of(numbers());
    assertEquals("rows 1–20 of 45", position(grid));
    update(control(grid, "Order"), "index", 1); // descending
    update(control(grid, "Sort by"), "index", 1); // id
    assertEquals(45, grid.pageTable().intColumn("id").get(0));
    update(control(grid, "Filter"), "value", "parity = odd and id < 30");
    assertEquals("rows 1–15 of 15 (filtered from 45)", position(grid));
    assertEquals(List.of(29, 27), grid.pageTable().intColumn("id").asList().subList(0, 2));
    grid.pageSize(5);
    click(control(grid, "Next"));
    assertEquals("rows 6–10 of 15 (filtered from 45)", position(grid));
    click(control(grid, "Last"));
    assertEquals("rows 11–15 of 15 (filtered from 45)", position(grid));
    click(control(grid, "Next"));
    assertEquals("rows 11–15 of 15 (filtered from 45)", position(grid), "the last page stays the last");
  }

  @Test
  void theStatusLineNamesTheSortAndAnUnknownColumnIsRefused() {
    DataGrid grid = DataGrid.of(numbers()).sortBy("id", false);
    String status = (String) ((Widget) ((List<?>) grid.view().get("children")).get(4)).get("value");
    assertEquals("sorted by id, descending", status);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> grid.showColumns(List.of("id", "nope")));
    assertTrue(e.getMessage().contains("no column nope"), e.getMessage());
    assertEquals(List.of("id", "parity"), grid.showColumns(List.of("parity", "id")).pageTable().columnNames(), "in the table's order");
  }

  @Test
  void aWrongFilterIsNamedUnderTheGridWhichKeepsItsRows() {
    DataGrid grid = DataGrid.of(numbers());
    update(control(grid, "Filter"), "value", "idd > 3");
    assertEquals("rows 1–20 of 45", position(grid));
    String status = (String) ((Widget) ((List<?>) grid.view().get("children")).get(4)).get("value");
    assertTrue(status.contains("idd"), status);
  }

  @Test
  void choosesColumnsAndShowsAsAStaticPageWithoutWidgets() {
    DataGrid grid = DataGrid.of(numbers()).sortBy("id", false).filter("id <= 3");
    update(control(grid, "Columns"), "index", List.of(0));
    assertEquals(List.of("id"), grid.pageTable().columnNames());
    var bundle = Display.render(grid);
    assertTrue(bundle.data().get("text/html").contains("rows 1–3 of 3 (filtered from 45)"), bundle.data().get("text/html"));
    assertTrue(bundle.data().get("application/vnd.jupyter.widget-view+json").contains(grid.view().id()));
    assertEquals("DataGrid(numbers: 45 rows × 2 columns)", bundle.data().get("text/plain"));
  }
}
