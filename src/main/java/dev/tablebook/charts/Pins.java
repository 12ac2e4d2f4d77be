package dev.tablebook.charts;

import dev.tablebook.charts.ChartData.XKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the point each annotation points at, and the notes shown under a chart; shared by every renderer. */
final class Pins {
  /** An annotation placed on point {@code point} of series {@code series}. */
  record Pin(int series, int point, String text) {}

  private Pins() {}

  static List<Pin> of(Chart chart, ChartData data) {
    List<Pin> pins = new ArrayList<>();
    for (Annotation annotation : chart.options().annotations()) {
      pins.add(find(annotation, data));
    }
    return pins;
  }

  private static Pin find(Annotation annotation, ChartData data) {
    double at = position(annotation.at(), data);
    for (int s = 0; s < data.series().size(); s++) {
      ChartData.Series series = data.series().get(s);
      for (int p = 0; p < series.size(); p++) {
        if (series.x()[p] == at && !Double.isNaN(series.y()[p])) {
          return new Pin(s, p, annotation.text());
        }
      }
    }
    throw new IllegalArgumentException("annotate(" + annotation.at() + ", ...): the chart has no value at "
        + annotation.at() + (data.xKind() == XKind.CATEGORY ? "; its categories are " + data.categories() : ""));
  }

  private static double position(Object at, ChartData data) {
    try {
      return switch (data.xKind()) {
        case CATEGORY -> data.categories().indexOf(String.valueOf(at));
        case NUMBER -> at instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(at));
        case DATE -> at instanceof LocalDate d ? d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
            : at instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC).toEpochMilli()
            : LocalDate.parse(String.valueOf(at)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("annotate(" + at + ", ...): '" + at + "' is not a "
          + data.xKind().name().toLowerCase(Locale.ROOT) + " like the chart's x values", e);
    }
  }

  /** The lines under a chart: the flag note, a downsampling note, the source. */
  static List<String> notes(Chart chart, ChartData data) {
    List<String> notes = new ArrayList<>();
    ChartOptions options = chart.options();
    boolean anyFlagged = data.series().stream().anyMatch(s -> {
      for (boolean f : s.flagged()) {
        if (f) {
          return true;
        }
      }
      return false;
    });
    if (anyFlagged) {
      notes.add("* " + options.flagNote());
    }
    if (data.downsampled()) {
      notes.add(String.format(Locale.ROOT, "Showing %,d of %,d points (downsampled with LTTB)", data.shownPoints(),
          data.totalPoints()));
    }
    if (options.source() != null && !options.source().isBlank()) {
      notes.add("Source: " + options.source());
    }
    return notes;
  }
}
