package dev.tablebook.bench;

import dev.tablebook.engine.Engine;
import dev.tablebook.engine.EngineOptions;
import dev.tablebook.engine.output.Output;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time from a cold JVM to the first cell result: run it as its own process, several times
 * (src/bench/first-result.sh does). Prints the milliseconds from JVM start and from {@code new Engine}.
 */
public final class FirstResult {
  private FirstResult() {}

  public static void main(String[] args) {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    long engineStart = System.currentTimeMillis();
    AtomicReference<String> value = new AtomicReference<>();
    try (Engine engine = Engine.start(EngineOptions.defaults())) {
      engine.execute("cell 1", args.length > 0 ? args[0] : "1 + 1", output -> {
        if (output instanceof Output.ExecuteResult result) {
          value.set(result.bundle().plainText());
        }
      });
      long now = System.currentTimeMillis();
      Engine.processStderr().printf("first_result_ms_from_jvm_start=%d from_new_engine=%d value=%s%n",
          now - jvmStart, now - engineStart, value.get());
    }
  }
}
