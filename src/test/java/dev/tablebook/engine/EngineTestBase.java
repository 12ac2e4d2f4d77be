package dev.tablebook.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One engine shared by a test class (JShell takes a second to start); each test uses fresh names. */
public abstract class EngineTestBase {
  protected static Engine engine;

  @BeforeAll
  protected static void startEngine() {
    engine = Engine.start(EngineOptions.defaults().withMaxCellOutputBytes(64 * 1024)).awaitReady();
  }

  /** For a class that needs other options: closes the shared engine and starts one with {@code options}. */
  protected static void restartWith(EngineOptions options) {
    engine.close();
    engine = Engine.start(options).awaitReady();
  }

  @AfterAll
  protected static void stopEngine() {
    engine.close();
  }

  protected static RecordingSink run(String code) {
    RecordingSink sink = new RecordingSink();
    engine.execute(Engine.cellName(1), code, sink);
    return sink;
  }

  protected static CellResult run(String code, RecordingSink sink) {
    return engine.execute(Engine.cellName(1), code, sink);
  }
}
