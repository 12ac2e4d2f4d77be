package dev.tablebook.widgets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A date box with a calendar ({@code DatePickerModel}); its value is a {@link LocalDate} or null.
 * On the wire a date is {@code {"year": 2024, "month": 4, "date": 8}} with the month counted from 0,
 * as ipywidgets sends it.
 *
 * @since 0.4
 */
public final class DatePicker extends DescriptionWidget<DatePicker> {

  /** An empty date box. */
  public DatePicker() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.described("DatePicker", "DescriptionStyle", "description_width");
    state.put("disabled", false);
    state.put("max", null);
    state.put("min", null);
    state.put("step", 1);
    state.put("value", null);
    return state;
  }

  /** The date, or null when none is picked. */
  public LocalDate value() {
    return toDate(get("value"));
  }

  /** Sets the date (null: none). */
  public DatePicker value(LocalDate date) {
    set("value", json(date));
    return this;
  }

  /** Sets the earliest date that can be picked. */
  public DatePicker min(LocalDate date) {
    set("min", json(date));
    return this;
  }

  /** Sets the latest date that can be picked. */
  public DatePicker max(LocalDate date) {
    set("max", json(date));
    return this;
  }

  /** Calls {@code action} with the date (or null) after each change. */
  public DatePicker onChange(Consumer<LocalDate> action) {
    observe("value", change -> action.accept(toDate(change.newValue())));
    return this;
  }

  @Override
  protected Object fromFrontEnd(String name, Object json) {
    if (name.equals("value") || name.equals("min") || name.equals("max")) {
      return json(toDate(json)); // checked: a malformed date is refused whole
    }
    return json;
  }

  static Map<String, Object> json(LocalDate date) {
    if (date == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", date.getYear());
    json.put("month", date.getMonthValue() - 1);
    json.put("date", date.getDayOfMonth());
    return json;
  }

  static LocalDate toDate(Object json) {
    if (json == null) {
      return null;
    }
    if (json instanceof Map<?, ?> map && map.get("year") instanceof Number y && map.get("month") instanceof Number m
        && map.get("date") instanceof Number d) {
      try {
        return LocalDate.of(y.intValue(), m.intValue() + 1, d.intValue());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("DatePicker takes a real date; the front end sent " + json + ": " + e.getMessage());
      }
    }
    throw new IllegalArgumentException("DatePicker takes {year, month, date} or null; the front end sent " + describeJson(json));
  }
}
