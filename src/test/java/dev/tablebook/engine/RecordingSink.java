package dev.tablebook.engine;

import dev.tablebook.engine.output.Output;
import dev.tablebook.engine.output.OutputSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Collects a cell's outputs, and answers its input reads from a queue of lines. */
public final class RecordingSink implements OutputSink {
  public final List<Output> outputs = new CopyOnWriteArrayList<>();
  public final Deque<String> input = new ArrayDeque<>();
  public final List<String> prompts = new CopyOnWriteArrayList<>();
  public boolean inputAllowed = true;

  @Override
  public void accept(Output output) {
    outputs.add(output);
  }

  @Override
  public String readLine(String prompt, boolean password) {
    if (!inputAllowed) {
      return OutputSink.super.readLine(prompt, password);
    }
    prompts.add(prompt);
    return input.poll();
  }

  public String stdout() {
    return stream("stdout");
  }

  public String stderr() {
    return stream("stderr");
  }

  private String stream(String name) {
    return outputs.stream().filter(o -> o instanceof Output.Stream s && s.name().equals(name))
        .map(o -> ((Output.Stream) o).text()).collect(Collectors.joining());
  }

  public List<Output.ExecuteResult> results() {
    return outputs.stream().filter(Output.ExecuteResult.class::isInstance).map(Output.ExecuteResult.class::cast).toList();
  }

  /** The text/plain of the single execute_result. */
  public String result() {
    List<Output.ExecuteResult> results = results();
    if (results.size() != 1) {
      throw new AssertionError("expected one result, got " + outputs);
    }
    return results.get(0).bundle().plainText();
  }

  public Output.Error error() {
    List<Output.Error> errors = outputs.stream().filter(Output.Error.class::isInstance).map(Output.Error.class::cast).toList();
    if (errors.size() != 1) {
      throw new AssertionError("expected exactly one error, got " + outputs);
    }
    return errors.get(0);
  }
}
