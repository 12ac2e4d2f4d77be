package dev.tablebook.charts;

import dev.tablebook.tables.CellFormat;
import java.util.List;

/** Everything about a chart besides its data columns; immutable, with the documented defaults. */
record ChartOptions(String title, String xTitle, String yTitle, CellFormat valueFormat, List<Annotation> annotations,
    List<String> highlights, String by, String flagColumn, String flagValue, String flagNote, String endColumn, String source,
    Theme theme, int width, int height, int maxPoints) {

  /** Width and height of static images and of the HTML div, in pixels. */
  static final int WIDTH = 800;
  static final int HEIGHT = 450;
  /** Series longer than this are downsampled with LTTB for display. */
  static final int MAX_POINTS = 5_000;

  static final ChartOptions DEFAULTS = new ChartOptions(null, null, null, CellFormat.asWritten(), List.of(), List.of(),
      null, null, null, null, null, null, Theme.DEFAULT, WIDTH, HEIGHT, MAX_POINTS);

  ChartOptions {
    annotations = List.copyOf(annotations);
    highlights = List.copyOf(highlights);
  }

  ChartOptions withTitles(String newTitle, String newX, String newY) {
    return new ChartOptions(newTitle, newX, newY, valueFormat, annotations, highlights, by, flagColumn, flagValue, flagNote,
        endColumn, source, theme, width, height, maxPoints);
  }

  ChartOptions withValueFormat(CellFormat format) {
    return new ChartOptions(title, xTitle, yTitle, format, annotations, highlights, by, flagColumn, flagValue, flagNote,
        endColumn, source, theme, width, height, maxPoints);
  }

  ChartOptions withAnnotations(List<Annotation> list) {
    return new ChartOptions(title, xTitle, yTitle, valueFormat, list, highlights, by, flagColumn, flagValue, flagNote,
        endColumn, source, theme, width, height, maxPoints);
  }

  ChartOptions withHighlights(List<String> list) {
    return new ChartOptions(title, xTitle, yTitle, valueFormat, annotations, list, by, flagColumn, flagValue, flagNote,
        endColumn, source, theme, width, height, maxPoints);
  }

  ChartOptions withColumns(String newBy, String newFlag, String newFlagValue, String newFlagNote, String newEnd) {
    return new ChartOptions(title, xTitle, yTitle, valueFormat, annotations, highlights, newBy, newFlag, newFlagValue, newFlagNote,
        newEnd, source, theme, width, height, maxPoints);
  }

  ChartOptions withLook(String newSource, Theme newTheme, int newWidth, int newHeight, int newMaxPoints) {
    return new ChartOptions(title, xTitle, yTitle, valueFormat, annotations, highlights, by, flagColumn, flagValue, flagNote,
        endColumn, newSource, newTheme, newWidth, newHeight, newMaxPoints);
  }
}
