package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.engine.LanguageInfo;
import dev.tablebook.kernel.wire.Message;

/** The content of {@code kernel_info_reply}; its {@code language_info} is {@link LanguageInfo#current()}. */
final class KernelInfo {
  private KernelInfo() {}

  static ObjectNode content() {
    ObjectNode content = Json.object();
    content.put("status", "ok");
    content.put("protocol_version", Message.PROTOCOL_VERSION);
    content.put("implementation", "tablebook");
    String version = KernelInfo.class.getPackage().getImplementationVersion();
    content.put("implementation_version", version == null ? "dev" : version);
    ObjectNode language = content.putObject("language_info");
    LanguageInfo.current().toMap().forEach(language::put);
    content.put("banner", "Tablebook: Java " + Runtime.version() + " with JShell and Tablesaw."
        + " %lsmagic lists the magics; display(x) shows rich output.");
    content.put("debugger", true); // the variable explorer (Debugger); supported_features as protocol 5.5 names it
    content.putArray("supported_features").add("debugger");
    ArrayNode links = content.putArray("help_links");
    links.addObject().put("text", "Java API").put("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
    links.addObject().put("text", "Tablesaw").put("url", "https://jtablesaw.github.io/tablesaw/");
    return content;
  }
}
