package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainJdkValueTest {
  @Test
  void nullStringsAndBoxedPrimitivesAreRenderedInPlace() {
    for (Object value : new Object[] {null, "text", 42, 42L, 1.5, 1.5f, (short) 1, (byte) 1, true, 'c'}) {
      assertTrue(JShellSession.isPlainJdkValue(value), String.valueOf(value));
    }
  }

  @Test
  void otherValuesGoToTheUserCodeThread() {
    for (Object value : new Object[] {new Object(), List.of(1), new StringBuilder("x"), new int[0]}) {
      assertFalse(JShellSession.isPlainJdkValue(value), value.getClass().getName());
    }
  }
}
