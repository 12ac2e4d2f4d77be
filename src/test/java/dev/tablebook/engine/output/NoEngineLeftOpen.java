package dev.tablebook.engine.output;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves an engine open (registered for every test class through
 * {@code META-INF/services}): an engine left open keeps its JShell and threads alive for the rest of
 * the test JVM, slows every later test, and changes where threads no notebook started print.
 */
public final class NoEngineLeftOpen implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoEngineLeftOpen.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put("open", OutputRoute.openCount());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    int before = context.getStore(NAMESPACE).get("open", Integer.class);
    int left = OutputRoute.openCount() - before;
    if (left > 0) {
      throw new AssertionError(context.getDisplayName() + " left " + left + " engine(s) open: close every engine a test starts");
    }
  }
}
