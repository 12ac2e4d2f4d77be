package dev.tablebook.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule that hides credentials, on the texts they turn up in: addresses, messages, log lines. */
class SecretsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "sc://h:15002/;token=abc;use_ssl=true;user_id=ann | sc://h:15002/;token=…;use_ssl=true;user_id=ann",
      "sc://h:15002/;token=abc=def                      | sc://h:15002/;token=…",
      "sc://h/;x-api-key=k1;session_id=0b5e;grpc_max_message_size=9 | sc://h/;x-api-key=…;session_id=0b5e;grpc_max_message_size=9",
      "sc://h/;Zm9vYmFy==                               | sc://h/;…",
      "sc://h/;t0k3n+/x=y                               | sc://h/;…",
      "sc://h/;deadbeef0123=4567                        | sc://h/;…",
      "connect 'sc://h/;token=a&b' now                  | connect 'sc://h/;token=… now",
      "https://ann:pw@repo.example/maven2               | https://ann:…@repo.example/maven2",
      "https://ghp_abc@github.com/o/r.git               | https://…@github.com/o/r.git",
      "https://h/x?access_token=abc&page=2              | https://h/x?access_token=…",
      "Parameter token=abc=def is not a valid parameter key-value pair | Parameter token=… is not a valid parameter key-value pair",
      "password=hunter2 and user=ann, api-key=k;author=Ann | password=… and user=ann, api-key=…;author=Ann",
      "Authorization: Bearer eyJhbGciOi.x.y             | Authorization: Bearer …",
      "the bearer of sc://h:15002 and https://example.org/a?b=1 | the bearer of sc://h:15002 and https://example.org/a?b=1",
      "sc://h/;token=abc: the port (token=abc.) is wrong | sc://h/;token=…: the port (token=….) is wrong",
      "'{\"token\": \"abc123\", \"user\": \"ann\"}'         | '{\"token\": \"…\", \"user\": \"ann\"}'",
      "token=\"abc 123\" password='p4ss'              | token=\"…\" password='…'",
      "run --token abc123 --verbose                     | run --token … --verbose",
      "Bearer eyJhbGciOiJIUzI1NiJ9.x                    | Bearer …",
      "authentication: failed                           | authentication: failed",
  })
  void hidesCredentialsAndOnlyThem(String text, String redacted) {
    assertEquals(redacted, Secrets.redact(text));
    assertEquals(redacted, Secrets.redact(redacted), "hiding twice changes nothing");
  }

  @Test
  void anAddressEndsWhereTheLineDoesAndEachLineIsRedacted() {
    assertEquals("failed: sc://h/;token=…\n    at x", Secrets.redact("failed: sc://h/;token=abc\n    at x"));
    assertEquals("\"sc://h/;token=…\" +;", Secrets.redact("\"sc://h/;token=abc\" +;"));
    assertNull(Secrets.redact(null));
  }

  @Test
  void aWholeAddressIsOneAddressWhateverItHolds() {
    assertEquals("sc://h/;token=…;use_ssl=true", Secrets.redactAddress("sc://h/;token=ab cd\n;use_ssl=true"));
    assertEquals("localhost:15002/;token=…", Secrets.redactAddress("localhost:15002/;token=ab cd"));
    assertEquals("https://h/?password=…", Secrets.redactAddress("https://h/?password=a b"));
  }

  @Test
  void aRedactingStreamWritesWholeLinesSoATokenSplitBetweenWritesIsStillHidden() throws Exception {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(Secrets.redactingLines(target), true, StandardCharsets.UTF_8);
    log.print("tablebook kernel: failed: sc://h/;tok");
    log.flush();
    assertEquals("", target.toString(StandardCharsets.UTF_8), "half a line waits for the rest");
    log.println("en=abc=def");
    new IllegalStateException("cannot open sc://h/;token=abc").printStackTrace(log);
    log.print("and a last line, sc://h/;token=abc");
    log.close();
    String written = target.toString(StandardCharsets.UTF_8);
    assertEquals("tablebook kernel: failed: sc://h/;token=…\njava.lang.IllegalStateException: cannot open sc://h/;token=…",
        written.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
    assertEquals("and a last line, sc://h/;token=…", written.lines().reduce((a, b) -> b).orElseThrow(), "written when closed");
    assertEquals(-1, written.indexOf("abc"), written);
  }

  @Test
  void closingARedactingStreamClosesItsTarget() throws Exception {
    boolean[] closed = {false};
    OutputStream target = new OutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Secrets.redactingLines(target).close();
    assertEquals(true, closed[0]);
  }
}
