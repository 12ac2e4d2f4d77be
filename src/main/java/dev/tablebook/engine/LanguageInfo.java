package dev.tablebook.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Describes the language cells are written in, as Jupyter's {@code language_info}: the kernel answers
 * {@code kernel_info_request} with it and the runner writes it into the notebooks it executes, so a
 * front end that opens an executed notebook finds the metadata it would set itself and does not mark
 * the notebook changed. JupyterLab 4 resolves {@code codemirror_mode} "java" by name (case-insensitive)
 * to its Java language, whose MIME type is {@code text/x-java}; VS Code picks the cell language from
 * {@code name}.
 *
 * @param version the bare Java version, {@code 17.0.13}: feature, interim and update, no build or "-LTS"
 * @since 0.3
 */
public record LanguageInfo(String name, String version, String mimetype, String fileExtension, String codemirrorMode,
    String pygmentsLexer, String nbconvertExporter) {
  /** The kernelspec name {@code tablebook install} uses unless told another. */
  public static final String KERNEL_NAME = "tablebook";
  /** The display name {@code tablebook install} uses unless told another. */
  public static final String DISPLAY_NAME = "Java (Tablebook)";

  /** The language of this JVM's cells. */
  public static LanguageInfo current() {
    return of(Runtime.version());
  }

  /** The language of cells on the Java {@code runtime}. */
  public static LanguageInfo of(Runtime.Version runtime) {
    String version = runtime.feature() + "." + runtime.interim() + "." + runtime.update();
    return new LanguageInfo("java", version, "text/x-java", ".java", "java", "java", "script");
  }

  /** As Jupyter writes it, in Jupyter's field names and this order. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("version", version);
    map.put("mimetype", mimetype);
    map.put("file_extension", fileExtension);
    map.put("codemirror_mode", codemirrorMode);
    map.put("pygments_lexer", pygmentsLexer);
    map.put("nbconvert_exporter", nbconvertExporter);
    return map;
  }

  /** A notebook's {@code metadata.kernelspec} for the kernel installed as {@code name}, shown as {@code displayName}. */
  public static Map<String, String> kernelspec(String name, String displayName) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("display_name", displayName);
    map.put("language", "java");
    return map;
  }
}
