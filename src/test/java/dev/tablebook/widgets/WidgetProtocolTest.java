package dev.tablebook.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.comm.CommHub;
import dev.tablebook.comm.CommMessage;
import dev.tablebook.comm.RecordingTransport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widget protocol 2.1.0 as the kernel side speaks it, through a recording transport. */
class WidgetProtocolTest {
  private final RecordingTransport transport = new RecordingTransport();

  @BeforeEach
  void connect() {
    CommHub.global().connect(transport);
  }

  private void fromFrontEnd(Widget widget, Map<String, Object> data) {
    assertTrue(CommHub.global().received(widget.id(), CommMessage.of(data)), "the comm is open");
  }

  private List<RecordingTransport.Sent> sentOn(Widget widget) {
    return transport.sent().stream().filter(s -> s.commId().equals(widget.id())).toList();
  }

  @Test
  void aControlOpensItsLayoutAndStyleFirstThenItselfWithTheProtocolVersion() {
    IntSlider slider = new IntSlider();
    List<RecordingTransport.Sent> sent = transport.sent();
    assertEquals(3, sent.size());
    assertEquals(List.of("LayoutModel", "SliderStyleModel", "IntSliderModel"),
        sent.stream().map(s -> s.message().object("state").get("_model_name")).toList());
    RecordingTransport.Sent open = sent.get(2);
    assertEquals(Widget.TARGET, open.target());
    assertEquals(Map.of("version", "2.1.0"), open.message().metadata());
    assertEquals(List.of(), open.message().data().get("buffer_paths"));
    Map<String, Object> state = open.message().object("state");
    assertEquals("IPY_MODEL_" + sent.get(0).commId(), state.get("layout"));
    assertEquals("IPY_MODEL_" + sent.get(1).commId(), state.get("style"));
    assertEquals("@jupyter-widgets/controls", state.get("_model_module"));
    assertEquals("2.0.0", state.get("_model_module_version"));
    assertEquals("IntSliderView", state.get("_view_name"));
    assertEquals(slider.id(), open.commId());
  }

  @Test
  void settingAValueSendsOneUpdateAndCallsObserversOnlyWhenItChanges() {
    List<Integer> seen = new ArrayList<>();
    IntSlider slider = new IntSlider().onChange(seen::add);
    transport.clear();
    slider.value(5).value(5);
    assertEquals(List.of(5), seen);
    List<RecordingTransport.Sent> sent = sentOn(slider);
    assertEquals(1, sent.size());
    assertEquals(Map.of("method", "update", "state", Map.of("value", 5), "buffer_paths", List.of()), sent.get(0).message().data());
    assertEquals("IntSlider(value=5)", slider.toString());
  }

  @Test
  void aFrontEndUpdateIsEchoedThenObserved() {
    List<Integer> seen = new ArrayList<>();
    IntSlider slider = new IntSlider().onChange(value -> seen.add(value));
    transport.clear();
    fromFrontEnd(slider, Map.of("method", "update", "state", Map.of("value", 7), "buffer_paths", List.of()));
    assertEquals(7, slider.value());
    assertEquals(List.of(7), seen);
    assertEquals(Map.of("method", "echo_update", "state", Map.of("value", 7), "buffer_paths", List.of()),
        sentOn(slider).get(0).message().data());
  }

  @Test
  void aMalformedUpdateIsRefusedWholeNamingTheProperty() {
    IntSlider slider = new IntSlider().value(3);
    transport.clear();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fromFrontEnd(slider, Map.of("method", "update", "state", maxThenValue("abc"))));
    assertEquals("IntSlider.value takes a whole number; the front end sent \"abc\"", e.getMessage());
    assertEquals(3, slider.value());
    assertEquals(100, slider.get("max"));
    assertEquals(List.of(Map.of("method", "update", "state", Map.of("max", 100, "value", 3), "buffer_paths", List.of())),
        sentOn(slider).stream().map(sent -> sent.message().data()).toList(), "the front end is given the kernel's values back");
    assertThrows(IllegalArgumentException.class, () -> fromFrontEnd(slider, Map.of("method", "explode")));
  }

  /** An update that sets max first, then value: a refusal must undo neither half. */
  private static Map<String, Object> maxThenValue(Object value) {
    Map<String, Object> state = new java.util.LinkedHashMap<>();
    state.put("max", 9);
    state.put("value", value);
    return state;
  }

  @Test
  void theModelsNamesLayoutAndStyleAreTheKernelsToSet() {
    IntSlider slider = new IntSlider();
    Object layout = slider.get("layout");
    assertThrows(IllegalArgumentException.class, () -> fromFrontEnd(slider, Map.of("method", "update", "state", Map.of("layout", "x"))));
    assertThrows(IllegalArgumentException.class,
        () -> fromFrontEnd(slider, Map.of("method", "update", "state", Map.of("_model_name", "Evil"))));
    assertEquals(layout, slider.get("layout"));
    assertEquals("IntSliderModel", slider.modelName());
  }

  @Test
  void aSliderKeepsItsValueWithinItsBounds() {
    IntSlider slider = new IntSlider().min(2018).max(2024).value(1999);
    assertEquals(2018, slider.value());
    fromFrontEnd(slider, Map.of("method", "update", "state", Map.of("value", 5000)));
    assertEquals(2024, slider.value());
    slider.max(2020);
    assertEquals(2020, slider.value());
    assertEquals(1.5, new FloatSlider().max(1.5).value(7).value());
  }

  @Test
  void requestStateAnswersWithTheWholeState() {
    Label label = new Label("hi");
    transport.clear();
    fromFrontEnd(label, Map.of("method", "request_state"));
    Map<String, Object> data = sentOn(label).get(0).message().data();
    assertEquals("update", data.get("method"));
    assertEquals(label.state(), data.get("state"));
  }

  @Test
  void aClickReachesTheButtonsActions() {
    List<String> clicks = new ArrayList<>();
    Button button = new Button("Go").onClick(b -> clicks.add(b.toString()));
    fromFrontEnd(button, Map.of("method", "custom", "content", Map.of("event", "click")));
    assertEquals(List.of("Button(description='Go')"), clicks);
  }

  @Test
  void selectionsAreLabelsOnTheJavaSideAndIndexesOnTheWire() {
    List<String> seen = new ArrayList<>();
    Dropdown dropdown = new Dropdown("exports", "imports").onChange(seen::add);
    fromFrontEnd(dropdown, Map.of("method", "update", "state", Map.of("index", 1)));
    assertEquals("imports", dropdown.value());
    assertEquals(List.of("imports"), seen);
    assertThrows(IllegalArgumentException.class, () -> fromFrontEnd(dropdown, Map.of("method", "update", "state", Map.of("index", 2))));
    SelectMultiple many = new SelectMultiple(List.of("a", "b", "c"));
    fromFrontEnd(many, Map.of("method", "update", "state", Map.of("index", List.of(2, 0))));
    assertEquals(List.of("c", "a"), many.value());
  }

  @Test
  void datesTravelWithTheMonthCountedFromZero() {
    DatePicker picker = new DatePicker().value(LocalDate.of(2024, 5, 16));
    assertEquals(Map.of("year", 2024, "month", 4, "date", 16), picker.state().get("value"));
    fromFrontEnd(picker, Map.of("method", "update", "state", Map.of("value", Map.of("year", 2025, "month", 0, "date", 31))));
    assertEquals(LocalDate.of(2025, 1, 31), picker.value());
    assertThrows(IllegalArgumentException.class,
        () -> fromFrontEnd(picker, Map.of("method", "update", "state", Map.of("value", Map.of("year", 2025, "month", 1, "date", 30)))));
  }

  @Test
  void boxesReferToTheirChildren() {
    Label a = new Label("a");
    Label b = new Label("b");
    VBox box = Widgets.vbox(a, b);
    assertEquals(List.of("IPY_MODEL_" + a.id(), "IPY_MODEL_" + b.id()), box.state().get("children"));
  }

  @Test
  void interactRedrawsItsOutputAfterEachChangeAndShowsErrorsThere() {
    IntSlider n = new IntSlider().value(2);
    VBox view = Widgets.interact(() -> {
      if (n.value() == 13) {
        throw new IllegalStateException("unlucky");
      }
      return "n is " + n.value();
    }, n);
    Output output = (Output) view.children().get(1);
    assertEquals("n is 2", plainText(output));
    fromFrontEnd(n, Map.of("method", "update", "state", Map.of("value", 13)));
    assertEquals("error", output.outputs().get(0).get("output_type"));
    assertEquals("unlucky", output.outputs().get(0).get("evalue"));
    fromFrontEnd(n, Map.of("method", "update", "state", Map.of("value", 4)));
    assertEquals("n is 4", plainText(output));
  }

  @SuppressWarnings("unchecked")
  private static String plainText(Output output) {
    assertEquals(1, output.outputs().size(), () -> "outputs: " + output.outputs());
    return (String) ((Map<String, Object>) output.outputs().get(0).get("data")).get("text/plain");
  }

  @Test
  void theControlCommGivesEveryOpenModelsState() {
    Label label = new Label("x");
    new WidgetControl().register(CommHub.global());
    assertTrue(CommHub.global().opened("ctl", WidgetControl.TARGET, CommMessage.of(Map.of())));
    transport.clear();
    assertTrue(CommHub.global().received("ctl", CommMessage.of(Map.of("method", "request_states"))));
    Map<String, Object> reply = transport.sent().get(0).message().data();
    assertEquals("update_states", reply.get("method"));
    @SuppressWarnings("unchecked")
    Map<String, Object> model = (Map<String, Object>) ((Map<String, Object>) reply.get("states")).get(label.id());
    assertEquals("LabelModel", model.get("model_name"));
    assertEquals(label.state(), model.get("state"));
  }
}
