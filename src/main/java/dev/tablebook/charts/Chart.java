package dev.tablebook.charts;

import dev.tablebook.tables.CellFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * A chart of a Tablesaw table, made by {@link Charts}: an immutable value whose options return a new
 * chart. It renders to Plotly JSON (interactive, plotly.js 3), an HTML fragment or page, static
 * SVG, PNG and vector PDF drawn in pure Java with the same titles, labels and colours, and a Vega-Lite 5 spec;
 * {@link #save} picks the format from the file name. Displayed in a notebook, it shows the Plotly
 * figure where the front end draws Plotly, the Vega-Lite spec in JupyterLab without Plotly support,
 * and the SVG or PNG everywhere else.
 *
 * <pre>{@code
 * Charts.bar(trade, "year", "total_usd_bn")
 *     .title("China–Russia trade").yTitle("USD bn")
 *     .annotate("2023", "Record: $240.1 bn")
 *     .save(Path.of("trade.svg"));
 * }</pre>
 *
 * @since 0.2
 */
public final class Chart {
  private final ChartKind kind;
  private final Table table;
  private final String x;
  private final List<String> values;
  private final ChartOptions options;
  private volatile ChartData data;

  Chart(ChartKind kind, Table table, String x, List<String> values, ChartOptions options) {
    this.kind = kind;
    this.table = Objects.requireNonNull(table, "table");
    this.x = x;
    this.values = List.copyOf(values);
    this.options = options;
    Columns.require(table, x);
    if (kind == ChartKind.TIMELINE) {
      values.forEach(v -> Columns.require(table, v));
    } else {
      values.forEach(v -> Columns.requireNumeric(table, v));
    }
  }

  private Chart with(ChartOptions newOptions) {
    return new Chart(kind, table, x, values, newOptions);
  }

  /** The title above the chart. */
  public Chart title(String text) {
    return with(options.withTitles(text, options.xTitle(), options.yTitle()));
  }

  /** The title of the horizontal axis (for a ranking, the category axis on the left), with its unit. */
  public Chart xTitle(String text) {
    return with(options.withTitles(options.title(), text, options.yTitle()));
  }

  /** The title of the value axis, with its unit, such as {@code "USD bn"}. */
  public Chart yTitle(String text) {
    return with(options.withTitles(options.title(), options.xTitle(), text));
  }

  /** How values are written on the value axis, in hover labels and in annotations. */
  public Chart valueFormat(CellFormat format) {
    return with(options.withValueFormat(Objects.requireNonNull(format, "format")));
  }

  /** Adds a note pointing at the value at {@code at}: a category's text ({@code "2023"}), a number or a date. */
  public Chart annotate(Object at, String text) {
    List<Annotation> list = new ArrayList<>(options.annotations());
    list.add(new Annotation(at, text));
    return with(options.withAnnotations(list));
  }

  /** Draws these categories in the theme's highlight colour and the others muted. */
  public Chart highlight(String... categories) {
    return with(options.withHighlights(List.of(categories)));
  }

  /** Splits rows into one series per value of {@code column} (long data: year, supplier, volume). */
  public Chart by(String column) {
    Columns.require(table, column);
    return with(options.withColumns(column, options.flagColumn(), options.flagValue(), options.flagNote(), options.endColumn()));
  }

  /**
   * Marks the rows whose {@code column} reads {@code value} (ignoring case; {@code "true"} for a
   * boolean column), such as disputed figures: their labels get a "*", their bars a hatch pattern
   * (a lighter shade in static images), and {@code note} is shown under the chart.
   */
  public Chart flag(String column, String value, String note) {
    Columns.require(table, column);
    return with(options.withColumns(options.by(), column, Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(note, "note"), options.endColumn()));
  }

  /** For a timeline: the column of end dates, so an event with one is drawn as a span. */
  public Chart spans(String endColumn) {
    Columns.require(table, endColumn);
    return with(options.withColumns(options.by(), options.flagColumn(), options.flagValue(), options.flagNote(), endColumn));
  }

  /** The provenance shown under the chart ("Source: …"). */
  public Chart source(String text) {
    return with(options.withLook(text, options.theme(), options.width(), options.height(), options.maxPoints()));
  }

  /** The colours and fonts. */
  public Chart theme(Theme theme) {
    return with(options.withLook(options.source(), Objects.requireNonNull(theme, "theme"), options.width(),
        options.height(), options.maxPoints()));
  }

  /** The size of static images and of the HTML plot, in pixels (default 800 × 450). */
  public Chart size(int width, int height) {
    if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
      throw new IllegalArgumentException("A chart is between 100 and 10,000 pixels wide and high: " + width + " × " + height);
    }
    return with(options.withLook(options.source(), options.theme(), width, height, options.maxPoints()));
  }

  /** Downsamples series longer than {@code points} with LTTB for display (default 5,000; at least 3). */
  public Chart maxPoints(int points) {
    if (points < 3) {
      throw new IllegalArgumentException("maxPoints must be at least 3 (use allPoints() to turn downsampling off): " + points);
    }
    return with(options.withLook(options.source(), options.theme(), options.width(), options.height(), points));
  }

  /** Draws every point, however many there are. */
  public Chart allPoints() {
    return with(options.withLook(options.source(), options.theme(), options.width(), options.height(), 0));
  }

  /** The Plotly figure as JSON, {@code {"data": [...], "layout": {...}}}, for plotly.js 3. */
  public String plotlyJson() {
    return PlotlyJson.write(this);
  }

  /**
   * The chart as a Vega-Lite 5 spec, drawn by JupyterLab's built-in renderer without any extension:
   * the same points, titles, colours, flags, annotations and notes as the Plotly figure, at the
   * chart's size. Missing values are null (gaps).
   *
   * @since 0.4
   */
  public String vegaLiteJson() {
    return VegaLite.write(this);
  }

  /** An HTML fragment: a div and the script that draws this chart, loading plotly.js as {@code plotlyJs} says. */
  public String html(PlotlyJs plotlyJs) {
    return ChartHtml.fragment(this, plotlyJs);
  }

  /** A whole HTML page with this chart, loading plotly.js as {@code plotlyJs} says. */
  public String page(PlotlyJs plotlyJs) {
    return ChartHtml.page(this, plotlyJs);
  }

  /** The chart drawn as an SVG document, without a browser. */
  public String svg() {
    return ChartImages.svg(this);
  }

  /** The chart drawn as PNG bytes at {@link #size}, without a browser. */
  public byte[] png() {
    return ChartImages.png(this);
  }

  /**
   * The chart drawn as a one-page vector PDF for print, without a browser: the same drawing as {@link #svg},
   * on a page of {@link #size} with one pixel as one point (800 × 450 px is 800 × 450 pt, about 28 × 16 cm),
   * text searchable in an embedded sans-serif font.
   *
   * @since 0.6
   */
  public byte[] pdf() {
    return ChartImages.pdf(this);
  }

  /**
   * Writes the chart to {@code file} in the format its name ends with: {@code .html} (a page next to
   * which plotly.js is written, so it opens offline), {@code .svg}, {@code .png}, {@code .pdf}, {@code .json} (the Plotly figure) or {@code .vl.json} (the Vega-Lite spec).
   * The file is written whole or not at all.
   */
  public Path save(Path file) throws IOException {
    return ChartFiles.save(this, file);
  }

  /** This chart as a Tablesaw jsplot {@link Figure}, to go on with Tablesaw's own Plotly API. */
  public Figure toFigure() {
    return JsplotFigure.of(this);
  }

  /** What the chart shows, in one line: {@code Bar chart "Trade": total_usd_bn by year, 13 points}. */
  @Override
  public String toString() {
    ChartData shown = data();
    String title = options.title() == null ? "" : " \"" + options.title() + "\"";
    String what = kind == ChartKind.TIMELINE ? x : String.join(", ", values) + " by " + x;
    String points = String.format(java.util.Locale.ROOT, "%,d point%s", shown.totalPoints(), shown.totalPoints() == 1 ? "" : "s");
    String note = shown.downsampled() ? String.format(java.util.Locale.ROOT, " (%,d shown)", shown.shownPoints()) : "";
    return kind.description + title + ": " + what + ", " + points + note;
  }

  ChartKind kind() {
    return kind;
  }

  Table table() {
    return table;
  }

  String x() {
    return x;
  }

  List<String> values() {
    return values;
  }

  ChartOptions options() {
    return options;
  }

  ChartData data() {
    ChartData read = data;
    if (read == null) {
      read = ChartData.of(this);
      data = read;
    }
    return read;
  }
}
