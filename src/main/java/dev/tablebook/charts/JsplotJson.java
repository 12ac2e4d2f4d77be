package dev.tablebook.charts;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Turns a Tablesaw jsplot {@link Figure} into the Plotly figure JSON that its script hands to
 * {@code Plotly.newPlot}: each {@code var name = {...};} jsplot writes (unquoted keys, single-quoted
 * strings, trailing commas, {@code NaN}) is read as a JavaScript object literal, the data array is
 * gathered by variable name as the script does, and {@code NaN} and infinities become {@code null}
 * as {@code JSON.stringify} writes them. Then the plotly.js 1.x titles jsplot writes become what
 * plotly.js 3 reads.
 */
final class JsplotJson {
  private static final System.Logger LOG = System.getLogger(JsplotJson.class.getName());
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Pattern VAR = Pattern.compile("\\s*var\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s*=(.*?);?\\s*", Pattern.DOTALL);
  private static final Pattern AXIS_OR_SCENE = Pattern.compile("[xyz]axis\\d*|scene");

  private JsplotJson() {}

  /**
   * The figure for plotly.js 3, with an empty layout when the figure has none (as plotly.js reads a
   * missing one), or empty (and a log line) when jsplot wrote something not read here.
   */
  static Optional<ObjectNode> of(Figure figure) {
    try {
      ObjectNode json = forPlotly3(raw(figure));
      if (!json.has("layout")) {
        json.putObject("layout");
      }
      return Optional.of(json);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "A jsplot figure is shown as HTML only, its script not read as JSON: {0}", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * {@code {data, layout, config}} exactly as jsplot's script passes them to {@code Plotly.newPlot}
   * and {@code JSON.stringify} would write them; {@code layout} and {@code config} only when the
   * figure has them.
   *
   * @throws IllegalArgumentException when the script is not made of object literals read here,
   *     or would fail in a browser (a trace variable it never defines)
   */
  static ObjectNode raw(Figure figure) {
    Map<String, JsonNode> vars = new HashMap<>();
    if (figure.getLayout() != null) {
      assign(figure.getLayout().asJavascript(), vars);
    }
    if (figure.getConfig() != null) {
      assign(figure.getConfig().asJavascript(), vars);
    }
    Trace[] traces = figure.getTraces();
    for (int i = 0; i < traces.length; i++) {
      assign(traces[i].asJavascript(i), vars);
    }
    ObjectNode result = LENIENT.createObjectNode();
    ArrayNode data = result.putArray("data");
    for (int i = 0; i < traces.length; i++) {
      data.add(lookUp(vars, "trace" + i).deepCopy());
    }
    if (figure.getLayout() != null) {
      result.set("layout", lookUp(vars, "layout").deepCopy());
    }
    if (figure.getConfig() != null) {
      result.set("config", lookUp(vars, "config").deepCopy());
    }
    nullNonFinite(result);
    return result;
  }

  /** A copy of {@code raw} with plotly.js 1.x titles (a string {@code title}, {@code titlefont}) as plotly.js 3 reads them. */
  static ObjectNode forPlotly3(ObjectNode raw) {
    ObjectNode figure = raw.deepCopy();
    if (figure.get("layout") instanceof ObjectNode layout) {
      fixTitles(layout, true);
    }
    for (JsonNode trace : figure.path("data")) {
      fixColorBar(trace);
      fixColorBar(trace.path("marker"));
    }
    return figure;
  }

  private static void fixColorBar(JsonNode parent) {
    if (parent.get("colorbar") instanceof ObjectNode colorBar) {
      fixTitles(colorBar, false);
    }
  }

  /** What FigureRenderer's script did in the page: {@code title: 'x'} to {@code title: {text: 'x'}}, {@code titlefont} to {@code title.font}. */
  private static void fixTitles(ObjectNode o, boolean axes) {
    JsonNode title = o.get("title");
    if (title != null && title.isTextual()) {
      o.putObject("title").put("text", title.asText());
    }
    JsonNode font = o.remove("titlefont");
    if (font != null && !isFalsy(font)) {
      JsonNode current = o.get("title");
      ObjectNode target = current instanceof ObjectNode t ? t : LENIENT.createObjectNode();
      target.set("font", font);
      o.set("title", target);
    } else if (font != null) {
      o.set("titlefont", font);
    }
    if (axes) {
      o.properties().forEach(e -> {
        if (AXIS_OR_SCENE.matcher(e.getKey()).matches() && e.getValue() instanceof ObjectNode child) {
          fixTitles(child, true);
        }
      });
    }
  }

  private static boolean isFalsy(JsonNode node) {
    return node.isNull() || (node.isBoolean() && !node.booleanValue()) || (node.isTextual() && node.asText().isEmpty())
        || (node.isNumber() && node.doubleValue() == 0);
  }

  private static void assign(String statement, Map<String, JsonNode> vars) {
    Matcher m = VAR.matcher(statement);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a `var name = {...}` statement: " + abbreviate(statement));
    }
    try {
      vars.put(m.group(1), LENIENT.readTree(JsStrings.asJson(m.group(2))));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an object literal read here: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode lookUp(Map<String, JsonNode> vars, String name) {
    JsonNode value = vars.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the script uses " + name + " but never defines it");
    }
    return value;
  }

  private static void nullNonFinite(ContainerNode<?> node) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (isNonFinite(e.getValue())) {
          e.setValue(o.nullNode());
        } else if (e.getValue() instanceof ContainerNode<?> child) {
          nullNonFinite(child);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (isNonFinite(a.get(i))) {
          a.set(i, a.nullNode());
        } else if (a.get(i) instanceof ContainerNode<?> child) {
          nullNonFinite(child);
        }
      }
    }
  }

  private static boolean isNonFinite(JsonNode node) {
    return node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue());
  }

  private static String abbreviate(String s) {
    String line = s.strip().replaceAll("\\s+", " ");
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
