package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExitCallRewriterTest {
  @Test
  void findsAWordAnywhereInTheBytes() {
    byte[] word = "exit".getBytes(StandardCharsets.US_ASCII);
    assertTrue(ExitCallRewriter.mentions("java/lang/System.exit(I)V".getBytes(StandardCharsets.US_ASCII), word));
    assertTrue(ExitCallRewriter.mentions(word, word));
    assertFalse(ExitCallRewriter.mentions("exi".getBytes(StandardCharsets.US_ASCII), word));
    assertFalse(ExitCallRewriter.mentions("e x i t".getBytes(StandardCharsets.US_ASCII), word));
  }

  @Test
  void aClassThatNeverNamesExitOrHaltIsReturnedUnparsed() {
    byte[] notAClassFile = {1, 2, 3}; // a parse would fail: the fast path never parses
    assertSame(notAClassFile, ExitCallRewriter.rewrite(notAClassFile));
  }
}
