package dev.tablebook.widgets;

import dev.tablebook.display.Display;
import dev.tablebook.display.DisplaySink;
import dev.tablebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An area that shows outputs — tables, charts, printed text — and is redrawn from the kernel
 * ({@code OutputModel}): the place an observer shows its result. The outputs are part of the
 * model's state, so a notebook saved with its widget state shows the last of them.
 *
 * <pre>{@code
 * var out = new Output();
 * slider.onChange(v -> out.replace(table.first(v)));
 * out.capture(() -> System.out.println("printed into the area"));
 * }</pre>
 *
 * @since 0.4
 */
public final class Output extends DomWidget<Output> {

  /** An empty output area. */
  public Output() {
    super(initial());
  }

  private static Map<String, Object> initial() {
    Map<String, Object> state = Models.model(Models.OUTPUT, Models.OUTPUT_VERSION, "OutputModel", Models.OUTPUT,
        Models.OUTPUT_VERSION, "OutputView");
    Models.dom(state);
    state.put("msg_id", "");
    state.put("outputs", List.of());
    return state;
  }

  /** The outputs shown, as notebook outputs ({@code output_type}, {@code data}, {@code text}...). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> outputs() {
    return (List<Map<String, Object>>) get("outputs");
  }

  /** Adds {@code value}, rendered as {@code display(value)} renders it, below what is shown. */
  public Output display(Object value) {
    return append(displayData(Display.render(value)));
  }

  /** Shows {@code value} alone: clears the area, then adds it. */
  public Output replace(Object value) {
    set("outputs", List.of(displayData(Display.render(value))));
    return this;
  }

  /** Adds printed text (standard output) below what is shown. */
  public Output print(String text) {
    return stream("stdout", text);
  }

  /** Clears the area. */
  public Output clear() {
    set("outputs", List.of());
    return this;
  }

  /**
   * Runs {@code work} with its {@code display(...)} calls and what it prints on this thread going into
   * this area; what it throws is shown there as an error and thrown on.
   */
  public void capture(Runnable work) {
    Capture capture = new Capture();
    try {
      DisplaySink.capture(capture, work);
    } catch (RuntimeException | Error e) {
      capture.flush();
      error(e);
      throw e;
    }
    capture.flush();
  }

  /** Adds {@code failure} as an error output (its class, message and causes). */
  public Output error(Throwable failure) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("output_type", "error");
    error.put("ename", failure.getClass().getName());
    error.put("evalue", String.valueOf(failure.getMessage()));
    List<String> traceback = new ArrayList<>();
    for (Throwable t = failure; t != null && traceback.size() < 10; t = t.getCause()) {
      traceback.add((t == failure ? "" : "Caused by: ") + t);
    }
    error.put("traceback", traceback);
    return append(error);
  }

  private synchronized Output stream(String name, String text) {
    List<Map<String, Object>> outputs = new ArrayList<>(outputs());
    Map<String, Object> last = outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
    if (last != null && "stream".equals(last.get("output_type")) && name.equals(last.get("name"))) {
      Map<String, Object> merged = new LinkedHashMap<>(last);
      merged.put("text", last.get("text") + text);
      outputs.set(outputs.size() - 1, merged);
    } else {
      Map<String, Object> stream = new LinkedHashMap<>();
      stream.put("output_type", "stream");
      stream.put("name", name);
      stream.put("text", text);
      outputs.add(stream);
    }
    set("outputs", List.copyOf(outputs));
    return this;
  }

  private synchronized Output append(Map<String, Object> output) {
    List<Map<String, Object>> outputs = new ArrayList<>(outputs());
    outputs.add(output);
    set("outputs", List.copyOf(outputs));
    return this;
  }

  private static Map<String, Object> displayData(MimeBundle bundle) {
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("output_type", "display_data");
    output.put("data", MimeJson.data(bundle));
    output.put("metadata", bundle.metadata());
    return output;
  }

  /** What an Output collects while it captures a thread: printed text is gathered and added in one update. */
  private final class Capture implements DisplaySink {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @Override
    public synchronized void print(String stream, String text) {
      (stream.equals("stderr") ? err : out).append(text);
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
      flush();
      append(displayData(bundle));
    }

    @Override
    public void updateDisplay(String displayId, MimeBundle bundle) {
      display(bundle, displayId); // an area has no display ids of its own: the new form is added
    }

    @Override
    public void clearOutput(boolean wait) {
      synchronized (this) {
        out.setLength(0);
        err.setLength(0);
      }
      clear();
    }

    synchronized void flush() {
      if (out.length() > 0) {
        stream("stdout", out.toString());
        out.setLength(0);
      }
      if (err.length() > 0) {
        stream("stderr", err.toString());
        err.setLength(0);
      }
    }
  }
}
