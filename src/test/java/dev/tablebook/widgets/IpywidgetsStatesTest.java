package dev.tablebook.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.comm.CommHub;
import dev.tablebook.comm.RecordingTransport;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A differential test against ipywidgets itself: each widget's state as it opens equals, key for key
 * and value for value, the state ipywidgets 8.1.9 gives the same widget (the golden file is
 * src/test/jupyter/widget_states.py's output, which IpywidgetsStatesIT regenerates and compares).
 */
class IpywidgetsStatesTest {
  static final String GOLDEN = "ipywidgets-8.1.9-states.json";

  private static final Map<String, Supplier<Widget>> OURS = new LinkedHashMap<>();

  static {
    OURS.put("IntSlider", IntSlider::new);
    OURS.put("FloatSlider", FloatSlider::new);
    OURS.put("Dropdown", Dropdown::new);
    OURS.put("SelectMultiple", () -> new SelectMultiple(List.of()));
    OURS.put("Text", Text::new);
    OURS.put("Textarea", Textarea::new);
    OURS.put("Checkbox", Checkbox::new);
    OURS.put("ToggleButton", ToggleButton::new);
    OURS.put("ToggleButtons", ToggleButtons::new);
    OURS.put("Button", Button::new);
    OURS.put("DatePicker", DatePicker::new);
    OURS.put("HTML", HTML::new);
    OURS.put("Label", Label::new);
    OURS.put("Output", Output::new);
    OURS.put("HBox", HBox::new);
    OURS.put("VBox", VBox::new);
  }

  @TestFactory
  List<DynamicTest> everyWidgetOpensWithIpywidgetsOwnState() throws IOException {
    CommHub.global().connect(new RecordingTransport());
    Map<String, Object> golden = golden();
    return OURS.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Widget widget = entry.getValue().get();
      assertEquals(golden.get(entry.getKey()), new TreeMap<>(normalised(widget)), entry.getKey());
      for (String model : List.of("layout", "style")) {
        if (widget.get(model) instanceof Widget referenced) {
          String name = referenced.modelName().replace("Model", "");
          assertEquals(golden.get(name.equals("Layout") ? "Layout" : name), new TreeMap<>(normalised(referenced)), name);
        }
      }
    })).toList();
  }

  /** The widget's state with references to other models written as ipywidgets' script writes them. */
  private static Map<String, Object> normalised(Widget widget) {
    Map<String, Object> state = new LinkedHashMap<>(widget.state());
    state.replaceAll((name, value) -> widget.get(name) instanceof Widget referenced ? Widget.REFERENCE + referenced.modelName() : value);
    return state;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> golden() throws IOException {
    try (InputStream in = IpywidgetsStatesTest.class.getResourceAsStream(GOLDEN)) {
      return new ObjectMapper().readValue(in, Map.class);
    }
  }
}
