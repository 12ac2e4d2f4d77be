package dev.tablebook.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Widgets as a page that runs no script shows them: from the widget state a run saved in the
 * notebook's metadata ({@link WidgetStates}), an Output widget shows its last outputs, a box its
 * children side by side or stacked, HTML and labels their text, and a control its description and
 * value. A view whose model was not saved shows nothing here (the caller shows its text form).
 */
final class SavedWidgets {
  private static final int MAX_DEPTH = 20;
  private final JsonNode state;
  /** The models being drawn now: an Output that shows itself (through its outputs) is drawn once. */
  private final java.util.Set<String> drawing = new java.util.HashSet<>();

  private SavedWidgets(JsonNode state) {
    this.state = state;
  }

  /** The widgets saved in {@code metadata}, if any. */
  static SavedWidgets of(JsonNode metadata) {
    return new SavedWidgets(metadata.path("widgets").path(WidgetStates.MIME).path("state"));
  }

  /** The static HTML of the model {@code modelId}; {@code output} renders a notebook output (an Output widget's). */
  Optional<String> html(String modelId, Function<JsonNode, String> output) {
    if (!drawing.add(modelId)) {
      return Optional.of(""); // a model inside itself
    }
    try {
      return Optional.ofNullable(html(modelId, output, 0));
    } finally {
      drawing.remove(modelId);
    }
  }

  private String html(String modelId, Function<JsonNode, String> output, int depth) {
    JsonNode model = state.path(modelId);
    if (!model.isObject() || depth > MAX_DEPTH || depth > 0 && !drawing.add(modelId)) {
      return null;
    }
    JsonNode values = model.path("state");
    String name = model.path("model_name").asText();
    return switch (name) {
      case "OutputModel" -> {
        StringBuilder html = new StringBuilder("<div class=\"widget-output\">");
        values.path("outputs").forEach(o -> html.append(output.apply(o)));
        yield html.append("</div>").toString();
      }
      case "HBoxModel", "VBoxModel", "BoxModel" -> {
        String direction = name.equals("HBoxModel") ? "row" : "column";
        StringBuilder html = new StringBuilder("<div class=\"widget-box\" style=\"display:flex;flex-direction:" + direction
            + ";gap:0.5em\">");
        for (JsonNode child : values.path("children")) {
          String childId = child.asText().replaceFirst("^IPY_MODEL_", "");
          String inner = html(childId, output, depth + 1);
          drawing.remove(childId);
          html.append(inner == null ? "" : "<div>" + inner + "</div>");
        }
        yield html.append("</div>").toString();
      }
      case "HTMLModel" -> values.path("value").asText();
      default -> control(values);
    };
  }

  /** A control with a value as a line of text: its description and its value (a selection's label, a date as ISO); a button, nothing. */
  private static String control(JsonNode values) {
    String description = values.path("description").asText("");
    String value = value(values);
    if (value.isEmpty()) {
      return null;
    }
    return "<div class=\"widget-control\">" + (description.isEmpty() ? "" : "<b>" + ReportWriter.escape(description) + "</b> ")
        + ReportWriter.escape(value) + "</div>";
  }

  private static String value(JsonNode values) {
    JsonNode labels = values.path("_options_labels");
    JsonNode index = values.path("index");
    if (labels.isArray() && index.isInt()) {
      return labels.path(index.asInt()).asText("");
    }
    if (labels.isArray() && index.isArray()) {
      StringBuilder picked = new StringBuilder();
      index.forEach(i -> picked.append(picked.length() == 0 ? "" : ", ").append(labels.path(i.asInt()).asText("")));
      return picked.toString();
    }
    JsonNode value = values.path("value");
    if (value.isObject() && value.has("year")) {
      try {
        return java.time.LocalDate.of(value.path("year").asInt(), value.path("month").asInt() + 1, value.path("date").asInt()).toString();
      } catch (java.time.DateTimeException e) {
        return value.toString();
      }
    }
    return value.isMissingNode() || value.isNull() ? "" : value.asText();
  }
}
