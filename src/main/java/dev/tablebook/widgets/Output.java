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

  /** {@code Output(2 outputs)}: how many it shows (their text is in the outputs themselves). */
  @Override
  public String toString() {
    int count = outputs().size();
    return "Output(" + count + (count == 1 ? " output)" : " outputs)");
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
    capture(work, new Capture());
  }

  /**
   * As {@link #capture}, but what {@code work} shows replaces what the area showed, in one update when it
   * ends (no flicker between the old output and the new): how {@link Widgets#interact} redraws.
   */
  public void captureReplacing(Runnable work) {
    Capture capture = new Capture();
    capture.replacing = new ArrayList<>();
    capture(work, capture);
  }

  private void capture(Runnable work, Capture capture) {
    try {
      DisplaySink.capture(capture, work);
    } catch (RuntimeException | Error e) {
      capture.flush();
      capture.add(errorOutput(e));
      capture.finish();
      throw e;
    }
    capture.flush();
    capture.finish();
  }

  /** Adds {@code failure} as an error output (its class, message and causes). */
  public Output error(Throwable failure) {
    return append(errorOutput(failure));
  }

  private static Map<String, Object> errorOutput(Throwable failure) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("output_type", "error");
    error.put("ename", failure.getClass().getName());
    error.put("evalue", String.valueOf(failure.getMessage()));
    List<String> traceback = new ArrayList<>();
    for (Throwable t = failure; t != null && traceback.size() < 10; t = t.getCause()) {
      traceback.add((t == failure ? "" : "Caused by: ") + t);
    }
    error.put("traceback", traceback);
    return error;
  }

  private synchronized Output stream(String name, String text) {
    set("outputs", List.copyOf(withStream(outputs(), name, text)));
    return this;
  }

  /** {@code outputs} with {@code text} added, to the last output when it is text of the same stream. */
  private static List<Map<String, Object>> withStream(List<Map<String, Object>> before, String name, String text) {
    List<Map<String, Object>> outputs = new ArrayList<>(before);
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
    return outputs;
  }

  private synchronized Output append(Map<String, Object> output) {
    List<Map<String, Object>> outputs = new ArrayList<>(outputs());
    outputs.add(output);
    set("outputs", List.copyOf(outputs));
    return this;
  }

  /** Replaces the output {@code old} (this very map) with {@code fresh}. */
  private synchronized void swap(Map<String, Object> old, Map<String, Object> fresh) {
    List<Map<String, Object>> outputs = new ArrayList<>(outputs());
    outputs.replaceAll(output -> output == old ? fresh : output);
    set("outputs", List.copyOf(outputs));
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
    /** The outputs gathered to replace the area's when the capture ends, or null: each is added as it comes. */
    private List<Map<String, Object>> replacing;

    @Override
    public synchronized void print(String stream, String text) {
      (stream.equals("stderr") ? err : out).append(text);
    }

    /** The outputs shown under each display id, to update in place. */
    private final Map<String, Map<String, Object>> shown = new java.util.HashMap<>();

    @Override
    public void display(MimeBundle bundle, String displayId) {
      flush();
      Map<String, Object> output = displayData(bundle);
      synchronized (this) {
        shown.put(displayId, output);
      }
      add(output);
    }

    synchronized void add(Map<String, Object> output) {
      if (replacing == null) {
        append(output);
      } else {
        replacing.add(output);
      }
    }

    /** Shows what a replacing capture gathered, in one update. */
    synchronized void finish() {
      if (replacing != null) {
        set("outputs", List.copyOf(replacing));
      }
    }

    /** Replaces what {@code display} showed under {@code displayId} in this capture (a progress bar), where it is. */
    @Override
    public void updateDisplay(String displayId, MimeBundle bundle) {
      Map<String, Object> fresh = displayData(bundle);
      Map<String, Object> old;
      synchronized (this) {
        old = shown.put(displayId, fresh);
        if (old != null && replacing != null) {
          replacing.replaceAll(output -> output == old ? fresh : output);
          return;
        }
      }
      if (old == null) {
        add(fresh);
      } else {
        swap(old, fresh);
      }
    }

    @Override
    public void clearOutput(boolean wait) {
      synchronized (this) {
        out.setLength(0);
        err.setLength(0);
        if (replacing != null) {
          replacing.clear();
          return;
        }
      }
      clear();
    }

    synchronized void flush() {
      for (String name : List.of("stdout", "stderr")) {
        StringBuilder text = name.equals("stdout") ? out : err;
        if (text.length() > 0) {
          if (replacing == null) {
            stream(name, text.toString());
          } else {
            replacing = withStream(replacing, name, text.toString());
          }
          text.setLength(0);
        }
      }
    }
  }
}
