package dev.tablebook.widgets;

import dev.tablebook.comm.Comm;
import dev.tablebook.comm.CommMessage;
import dev.tablebook.comm.Comms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A widget model in the kernel, mirrored by ipywidgets' front end through a comm (widget protocol
 * 2.1.0): its state is a map of properties; setting one here sends an {@code update}, a change in
 * the front end arrives as one (echoed back as {@code echo_update}), and both reach the observers.
 * Observers of front-end changes run in the kernel between cells, as a cell's code runs (an
 * interrupt stops them); what they print goes to the log console unless an {@link Output} captures it.
 *
 * <pre>{@code
 * IntSlider year = new IntSlider().min(2018).max(2024).value(2024).description("Year");
 * year.onChange(value -> label.value("Trade in " + value));
 * display(year);
 * }</pre>
 *
 * @since 0.4
 */
public abstract class Widget {
  /** The widget protocol version spoken, ipywidgets 8's. */
  public static final String PROTOCOL_VERSION = "2.1.0";
  /** The comm target of widget models. */
  public static final String TARGET = "jupyter.widget";
  static final String REFERENCE = "IPY_MODEL_";

  private final Map<String, Object> state; // guarded by this
  private final Map<String, Object> defaults;
  private final Comm comm;
  private final List<Observer> observers = new CopyOnWriteArrayList<>();

  private record Observer(String name, Consumer<Change> action) { }

  /**
   * Opens the model with {@code initialState} (Java values; other widgets stand for their references). The
   * model is registered and its comm handled from here, before a subclass's constructor ends: a subclass
   * gives all its state to this constructor, and the front end's messages for it are handled between cells,
   * after the cell that made it.
   */
  @SuppressWarnings("this-escape")
  protected Widget(Map<String, Object> initialState) {
    this.state = new LinkedHashMap<>(initialState);
    this.defaults = Map.copyOf(withoutNulls(initialState));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("state", WidgetJson.of(state));
    data.put("buffer_paths", List.of());
    this.comm = Comms.open(TARGET, data, Map.of("version", PROTOCOL_VERSION), List.of());
    LiveWidgets.add(this);
    comm.onMessage(this::receive);
    comm.onClose(message -> LiveWidgets.remove(this));
  }

  /** The model id (its comm's id), which displays and references use. */
  public String id() {
    return comm.id();
  }

  /** The property {@code name} (a Java value: a number, text, a list, another widget), or null. */
  public synchronized Object get(String name) {
    return state.get(name);
  }

  /** Sets the property {@code name}: the front end is updated and observers called, unless it holds that value already. */
  public Widget set(String name, Object value) {
    Object old;
    synchronized (this) {
      if (!state.containsKey(name)) {
        throw new IllegalArgumentException(getClass().getSimpleName() + " has no property \"" + name + "\"; it has "
            + String.join(", ", state.keySet()));
      }
      old = state.get(name);
      if (Objects.equals(old, value)) {
        return this;
      }
      state.put(name, value);
      sendUpdate(Map.of(name, WidgetJson.of(value)));
    }
    notifyObservers(name, old, value);
    return this;
  }

  /** The whole state as JSON values, as the front end holds it (references as {@code IPY_MODEL_<id>}). */
  public synchronized Map<String, Object> state() {
    return WidgetJson.of(state);
  }

  /** Calls {@code observer} after each change of the property {@code name}, from this side or the front end. */
  public Widget observe(String name, Consumer<Change> observer) {
    observers.add(new Observer(Objects.requireNonNull(name, "name"), Objects.requireNonNull(observer, "observer")));
    return this;
  }

  /** Closes the model: its views in the front end go away. */
  public void close() {
    comm.close();
    LiveWidgets.remove(this);
  }

  /** Whether the model is still open. */
  public boolean isOpen() {
    return comm.isOpen();
  }

  /** The model's name, such as {@code IntSliderModel}. */
  public String modelName() {
    return String.valueOf(get("_model_name"));
  }

  /**
   * The Java value for {@code json}, a value the front end sent for {@code name}; throws
   * IllegalArgumentException naming the property when it is of the wrong kind (the state stays as it was).
   */
  protected Object fromFrontEnd(String name, Object json) {
    return json;
  }

  /** Handles a {@code custom} message from the front end (a button's click); nothing by default. */
  protected void onCustom(Map<String, Object> content) { }

  /** HTML that front ends without widgets show instead (null: only the text form). */
  protected String fallbackHtml() {
    return null;
  }

  private void receive(CommMessage message) {
    String method = message.text("method");
    switch (method) {
      case "update" -> update(WidgetJson.withBuffers(message.object("state"), message.data().get("buffer_paths"), message.buffers()));
      case "request_state" -> {
        synchronized (this) {
          sendUpdate(WidgetJson.of(state));
        }
      }
      case "custom" -> onCustom(message.object("content"));
      default -> throw new IllegalArgumentException("a widget message with method \"" + method + "\" was not understood"
          + " (widget protocol " + PROTOCOL_VERSION + ": update, request_state, custom)");
    }
  }

  /**
   * A front end's update: checked whole, echoed and applied in one step (a change made here meanwhile cannot
   * fall between them), then observed. A refused update is answered with the kernel's values of what it
   * named, so the front end shows what the kernel holds again.
   */
  private void update(Map<String, Object> changes) {
    List<Change> changed = new ArrayList<>();
    synchronized (this) {
      Map<String, Object> accepted = new LinkedHashMap<>();
      try {
        for (Map.Entry<String, Object> change : changes.entrySet()) {
          if (state.containsKey(change.getKey())) {
            accepted.put(change.getKey(), checked(change.getKey(), change.getValue()));
          }
        }
      } catch (IllegalArgumentException refused) {
        Map<String, Object> current = new LinkedHashMap<>();
        changes.keySet().stream().filter(state::containsKey).forEach(name -> current.put(name, WidgetJson.of(state.get(name))));
        sendUpdate(current);
        throw refused;
      }
      if (accepted.isEmpty()) {
        return;
      }
      Map<String, Object> echo = new LinkedHashMap<>();
      echo.put("method", "echo_update");
      echo.put("state", WidgetJson.of(accepted));
      echo.put("buffer_paths", List.of());
      send(echo);
      accepted.forEach((name, value) -> {
        Object old = state.put(name, value);
        if (!Objects.equals(old, value)) {
          changed.add(new Change(this, name, old, value));
        }
      });
    }
    changed.forEach(c -> notifyObservers(c.name(), c.oldValue(), c.newValue()));
  }

  /** The front end's {@code json} for {@code name}, checked: the model's names, its layout, style and children are the kernel's to set. */
  private Object checked(String name, Object json) {
    boolean kernelOnly = name.startsWith("_") || name.equals("layout") || name.equals("style") || name.equals("children");
    if (kernelOnly && !Objects.equals(WidgetJson.of(state.get(name)), json)) {
      throw new IllegalArgumentException(getClass().getSimpleName() + "." + name + " is set in the kernel only; the front end sent "
          + (json instanceof String text ? "\"" + text + "\"" : String.valueOf(json)));
    }
    return kernelOnly ? state.get(name) : fromFrontEnd(name, json);
  }

  private void notifyObservers(String name, Object old, Object value) {
    Change change = new Change(this, name, old, value);
    for (Observer observer : observers) {
      if (observer.name().equals(name)) {
        observer.action().accept(change);
      }
    }
  }

  private void sendUpdate(Map<String, Object> json) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("method", "update");
    data.put("state", json);
    data.put("buffer_paths", List.of());
    send(data);
  }

  private void send(Map<String, Object> data) {
    if (comm.isOpen()) {
      comm.send(data);
    }
  }

  /**
   * {@code IntSlider(value=5, description='Year', max=10)}: the value, the description, and the other single
   * values set since the start (lists, maps and other widgets are left out: the text stays a line).
   */
  @Override
  public synchronized String toString() {
    return WidgetText.of(getClass().getSimpleName(), shownValue(), state, defaults);
  }

  /** The value the text form leads with: the {@code value} property (a selection gives its label). */
  Object shownValue() {
    return state.containsKey("value") ? state.get("value") : WidgetText.NONE;
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v != null) {
        copy.put(k, v);
      }
    });
    return copy;
  }
}
