package dev.tablebook.engine.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.EngineTestBase;
import dev.tablebook.engine.RecordingSink;
import dev.tablebook.engine.output.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code from Tablesaw's user guide runs as the guide shows it: its names without imports, and jsplot's
 * {@code Plot.show} (which opens a desktop browser) showing the figure in the cell.
 */
class TablesawHomeTest extends EngineTestBase {
  private static final String TABLE = "Table t = Table.create(\"t\", StringColumn.create(\"kind\", \"a\", \"b\", \"a\"),"
      + " DoubleColumn.create(\"x\", 1, 2, 4));";

  @Test
  void theGuidesNamesNeedNoImport() {
    run(TABLE);
    assertEquals("2.5", run("t.summarize(\"x\", mean, median).by(\"kind\").doubleColumn(1).get(0)").result());
    assertEquals("Table", run("CrossTab.counts(t, t.categoricalColumn(\"kind\"), t.categoricalColumn(\"kind\")).getClass().getSimpleName()").result());
    assertEquals("12.50%", run("DoubleColumn p = DoubleColumn.create(\"p\", 0.125); p.setPrintFormatter(NumberColumnFormatter.percent(2)); p.getString(0)").result());
    assertEquals("2", run("Selection sel = t.doubleColumn(\"x\").isGreaterThan(1); sel.size()").result());
    assertEquals("x", run("Column<?> c = t.column(1); c.name()").result());
    assertEquals("true", run("CsvReadOptions.builder(new StringReader(\"a\\n1\")).build() != null").result());
    String figure = "Figure f = new Figure(Layout.builder().title(\"t\").xAxis(Axis.builder().title(\"x\").build()).build(),"
        + " ScatterTrace.builder(t.numberColumn(\"x\"), t.numberColumn(\"x\")).build(),"
        + " HistogramTrace.builder(t.numberColumn(\"x\")).build(), BarTrace.builder(t.categoricalColumn(\"kind\"), t.numberColumn(\"x\")).build());"
        + " f.getTraces().length";
    assertEquals("3", run(figure).result());
    assertEquals("Figure", run("Histogram.create(\"h\", t, \"x\").getClass().getSimpleName()").result());
    assertEquals("[LOCAL_DATE, INTEGER, SKIP]", run("ColumnType[] types = {LOCAL_DATE, INTEGER, SKIP}; Arrays.toString(types)").result());
    assertEquals("closest", run("Spikes.builder().build(); HoverMode.CLOSEST.toString()").result());
  }

  @Test
  void aUsersOwnNamesWinOverTheDefaultImports() {
    try (Engine own = Engine.start(EngineOptions.defaults()).awaitReady()) { // a class Table must not outlive this test
      assertEquals("mine", result(own, "class Table { public String toString() { return \"mine\"; } } new Table()"));
      assertEquals("6", result(own, "int mean = 3; mean * 2"));
      assertEquals("c", result(own, "record Column(String name) {} new Column(\"c\").name()"));
      assertEquals("plot", result(own, "String Plot(String s) { return s; } Plot(\"plot\")"));
      assertEquals("[1.0]", result(own, "double median(List<Double> xs) { return xs.get(xs.size() / 2); } List.of(median(List.of(1.0)))"));
      assertEquals("Layout", result(own, "class Layout {} new Layout().getClass().getSimpleName()"));
      assertEquals("Serif", result(own, "import java.awt.*; Font f = new Font(\"Serif\", Font.PLAIN, 12); f.getName()"));
      assertEquals("class java.lang.String", result(own, "import java.lang.reflect.*;\nType ty = String.class;\nty.toString()"));
      assertEquals("java.awt.Component", result(own, "Component.class.getName()"), "java.awt's, imported in a cell above");
    }
  }

  private static String result(Engine own, String code) {
    RecordingSink sink = new RecordingSink();
    own.execute(Engine.cellName(1), code, sink);
    return sink.result();
  }

  @Test
  void plotShowShowsTheFigureInTheCellAndWritesNothing() {
    run(TABLE);
    Path testOutput = Path.of("testoutput");
    boolean existedBefore = Files.exists(testOutput);
    for (String cell : List.of("Plot.show(Histogram.create(\"Histogram of x\", t, \"x\"));",
        "tech.tablesaw.plotly.Plot.show(Histogram.create(\"Histogram of x\", t, \"x\"), \"myDiv\");",
        "import tech.tablesaw.plotly.Plot; Plot.show(Histogram.create(\"Histogram of x\", t, \"x\"));")) {
      RecordingSink sink = run(cell);
      assertEquals(List.of(), sink.outputs.stream().filter(Output.Error.class::isInstance).toList(), cell);
      List<Output.DisplayData> shown = displays(sink);
      assertEquals(1, shown.size(), cell + ": " + sink.outputs);
      assertEquals("Plotly figure \"Histogram of x\" with 1 trace(s)", shown.get(0).bundle().plainText());
    }
    assertEquals(existedBefore, Files.exists(testOutput), "Plot.show(figure) wrote jsplot's testoutput folder");
  }

  @Test
  void plotShowToAFileWritesThePageThenShowsTheFigure(@TempDir Path dir) throws Exception {
    run(TABLE);
    Path page = dir.resolve("scatter.html");
    RecordingSink sink = run("Plot.show(ScatterPlot.create(\"Scatter\", t, \"x\", \"x\"), new File(\"" + page + "\"));");
    assertEquals(1, displays(sink).size(), sink.outputs.toString());
    assertTrue(Files.readString(page).contains("Plotly.newPlot"), "the page jsplot writes");
    Path named = dir.resolve("named.html");
    sink = run("Plot.show(ScatterPlot.create(\"Scatter\", t, \"x\", \"x\"), \"myDiv\", new File(\"" + named + "\"));");
    assertEquals(1, displays(sink).size(), sink.outputs.toString());
    assertTrue(Files.readString(named).contains("getElementById('myDiv')"), "jsplot's page, with the div named");
    Path html = dir.resolve("page.html");
    sink = run("Plot.show(\"<p>hello</p>\", new File(\"" + html + "\"));");
    assertEquals("<p>hello</p>", Files.readString(html));
    assertTrue(displays(sink).get(0).bundle().get("text/html").orElseThrow().contains("srcdoc=\"&lt;p&gt;hello&lt;/p&gt;\""));
    Path missing = dir.resolve("no-such-folder/x.html");
    Output.Error error = run("Plot.show(ScatterPlot.create(\"Scatter\", t, \"x\", \"x\"), new File(\"" + missing + "\"));").error();
    assertTrue(error.evalue().contains("no-such-folder"), error.evalue());
    assertFalse(Files.exists(missing.getParent()));
  }

  @Test
  void jsplotsBrowserShowsThePageInTheCell(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("page.html");
    Files.writeString(html, "<b>page</b>");
    RecordingSink sink = run("new tech.tablesaw.plotly.display.Browser().browse(new File(\"" + html + "\"));");
    assertEquals("HTML page page.html", displays(sink).get(0).bundle().plainText());
  }

  @Test
  void everyDisplayCallOfJsplotIsRedirected() throws Exception {
    ClassLoader kernel = getClass().getClassLoader();
    Set<String> shows = publicMethods("tech.tablesaw.plotly.Plot", "show");
    assertEquals(5, shows.size(), shows.toString());
    assertEquals(shows, CellRedirects.redirectedMethods("tech.tablesaw.plotly.Plot", kernel));
    assertEquals(publicMethods("tech.tablesaw.plotly.display.Browser", "browse"),
        CellRedirects.redirectedMethods("tech.tablesaw.plotly.display.Browser", kernel));
  }

  private static Set<String> publicMethods(String className, String name) throws ClassNotFoundException {
    Set<String> methods = new TreeSet<>();
    for (java.lang.reflect.Method method : Class.forName(className).getDeclaredMethods()) {
      if (method.getName().equals(name) && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
        methods.add(name + org.objectweb.asm.Type.getMethodDescriptor(method));
      }
    }
    return methods;
  }

  private static List<Output.DisplayData> displays(RecordingSink sink) {
    return sink.outputs.stream().filter(Output.DisplayData.class::isInstance).map(Output.DisplayData.class::cast).toList();
  }
}
