package dev.tablebook.widgets;

import java.util.LinkedHashMap;
import java.util.Map;

/** The model and view names, modules and versions of ipywidgets 8's models, and the state every model starts with. */
final class Models {
  static final String CONTROLS = "@jupyter-widgets/controls";
  static final String BASE = "@jupyter-widgets/base";
  static final String OUTPUT = "@jupyter-widgets/output";
  /** {@code @jupyter-widgets/controls} 5.x and {@code @jupyter-widgets/base} 6.x speak model version 2.0.0. */
  static final String VERSION_2 = "2.0.0";
  static final String OUTPUT_VERSION = "1.0.0";

  private Models() { }

  /** The names every model's state carries. */
  static Map<String, Object> model(String module, String version, String modelName, String viewModule, String viewVersion,
      String viewName) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("_model_module", module);
    state.put("_model_module_version", version);
    state.put("_model_name", modelName);
    state.put("_view_count", null);
    state.put("_view_module", viewModule);
    state.put("_view_module_version", viewVersion);
    state.put("_view_name", viewName);
    return state;
  }

  /** A control of {@code @jupyter-widgets/controls} drawn in the page ({@code name} + Model / View), with its layout. */
  static Map<String, Object> control(String name) {
    Map<String, Object> state = model(CONTROLS, VERSION_2, name + "Model", CONTROLS, VERSION_2, name + "View");
    dom(state);
    return state;
  }

  /** The properties of every widget drawn in the page: CSS classes, its layout, tab order, tooltip. */
  static Map<String, Object> dom(Map<String, Object> state) {
    state.put("_dom_classes", java.util.List.of());
    state.put("layout", new WidgetLayout());
    state.put("tabbable", null);
    state.put("tooltip", null);
    return state;
  }

  /** A control with a description and a style model of {@code styleName} (for example {@code SliderStyle}). */
  static Map<String, Object> described(String name, String styleName, String... styleProperties) {
    Map<String, Object> state = control(name);
    state.put("description", "");
    state.put("description_allow_html", false);
    state.put("style", new WidgetStyle(styleName, styleProperties));
    return state;
  }
}
