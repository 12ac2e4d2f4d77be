package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.output.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A credential in an address never leaves the engine: not in an error (its message, its causes, the line a
 * compile error shows), not in {@code %vars}, not from a {@code %spark connect} whose address does not parse,
 * which fails before Spark's client is resolved.
 */
class EngineSecretsTest extends EngineTestBase {
  private static final String TOKEN = "s3cr3t-T0k";

  private static void assertHidden(Output.Error error) {
    assertFalse(error.evalue().contains(TOKEN) || error.text().contains(TOKEN) || error.ename().contains(TOKEN), error.text());
  }

  @Test
  void aSparkAddressThatDoesNotParseSaysWhatIsWrongWithoutItsTokenBeforeAnyClientIsResolved() {
    run("String withEquals = \"sc://localhost:15002/;token=" + TOKEN + "=x\";\n"
        + "String readFromAFile = \"sc://localhost:15002/;token=" + TOKEN + "\\n\";");
    Output.Error equals = run("%spark connect {withEquals}").error();
    assertEquals("%spark connect: sc://localhost:15002/;token=…: the value of token holds '=': Spark Connect's client splits a"
        + " parameter at every '=' (a percent-encoded one too), so such a value cannot be given in the address", equals.evalue());
    Output.Error lineBreak = run("%spark connect {readFromAFile}").error();
    assertEquals("%spark connect: sc://localhost:15002/;token=…: the address ends with a line break (text read with"
        + " Files.readString keeps the file's last line break: strip() it)", lineBreak.evalue());
    Output.Error port = run("%spark connect sc://localhost:port/;token=" + TOKEN).error();
    assertEquals("%spark connect: sc://localhost:port/;token=…: the port is not a number", port.evalue());
    for (Output.Error error : List.of(equals, lineBreak, port)) {
      assertHidden(error);
      assertEquals(List.of("MagicException: " + error.evalue()), error.traceback(), "one sentence, no stack");
    }
    assertEquals(List.of(), engine.resolvedArtifacts(), "the address was refused before Spark's client was resolved");
    assertTrue(run("dev.tablebook.secrets.SparkConnectAddress.shown(withEquals)").result().contains("sc://localhost:15002/;token=…"),
        "the Spark glue, loaded by a cell's class loader, reads addresses with the same rule");
  }

  @Test
  void varsShowsAnAddressWithoutItsToken() {
    run("String sparkUrl = \"sc://cluster.example:443/;token=" + TOKEN + ";use_ssl=true\";\n"
        + "String repository = \"https://reader:" + TOKEN + "@repo.example/maven2\";");
    RecordingSink sink = run("%vars");
    MimeBundle table = sink.outputs.stream().filter(Output.DisplayData.class::isInstance).map(o -> ((Output.DisplayData) o).bundle())
        .findFirst().orElseThrow();
    String text = table.plainText();
    assertTrue(text.contains("sparkUrl    String  sc://cluster.example:443/;token=…;use_ssl=true"), text);
    assertTrue(text.contains("repository  String  https://reader:…@repo.example/maven2"), text);
    assertFalse(text.contains(TOKEN) || table.get("text/html").orElseThrow().contains(TOKEN), table.toString());
    String listed = run("String listed = dev.tablebook.display.Notebook.lineMagic(\"vars\", java.util.List.of()).toString();\n"
        + "listed.contains(\"" + TOKEN + "\") ? \"leaked\" : \"hidden\"").result();
    assertTrue(listed.contains("hidden"), "the magic's value too: " + listed);
  }

  @Test
  void anErrorShowsAnAddressWithoutItsToken() {
    Output.Error thrown = run("throw new IllegalStateException(\"cannot open sc://h:15002/;token=" + TOKEN + "\",\n"
        + "    new java.net.URISyntaxException(\"sc://h:15002/;token=" + TOKEN + "\\n\", \"Illegal character in path\"));").error();
    assertHidden(thrown);
    assertEquals("cannot open sc://h:15002/;token=…", thrown.evalue());
    assertTrue(thrown.text().contains("Caused by: java.net.URISyntaxException: Illegal character in path: sc://h:15002/;token=…"),
        thrown.text());
    Output.Error compile = run("String broken = \"https://reader:" + TOKEN + "@repo.example/\" +;").error();
    assertHidden(compile);
    assertTrue(compile.text().contains("String broken = \"https://reader:…@repo.example/\" +;"), compile.text());
  }
}
