package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tablebook.engine.LanguageInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel.json {@link KernelSpec} writes, as Jupyter, JupyterLab and VS Code read it. */
class KernelSpecTest {
  @TempDir Path dir;

  private JsonNode install(Path kernels, Path java) throws Exception {
    Path jar = Files.writeString(dir.resolve("built.jar"), "not really a jar");
    Path installed = KernelSpec.install(kernels, "tb-test", "Java (test)", java, List.of("-Xmx1g"), jar);
    return Json.MAPPER.readTree(Files.readString(installed.resolve("kernel.json")));
  }

  @Test
  void argvHoldsAbsolutePathsEvenWhenGivenRelativeOnes() throws Exception {
    Path here = Path.of("").toAbsolutePath();
    Path kernels = here.relativize(dir.resolve("kernels"));
    Path java = Path.of("bin", "java"); // relative: Jupyter would resolve it against the notebook's folder
    JsonNode spec = install(kernels, java);
    List<String> argv = new ArrayList<>();
    spec.get("argv").forEach(node -> argv.add(node.asText()));
    assertEquals(here.resolve("bin/java").toString(), argv.get(0));
    Path jar = dir.resolve("kernels/tb-test").resolve(KernelSpec.JAR);
    assertEquals(List.of("-Xmx1g", "-jar", jar.toString(), "kernel", "-f", "{connection_file}"), argv.subList(1, argv.size()));
    assertTrue(Path.of(argv.get(3)).isAbsolute(), argv.toString());
  }

  @Test
  void describesTheLanguageAndInterruptsByMessage() throws Exception {
    JsonNode spec = install(dir.resolve("kernels"), Path.of("/usr/bin/java"));
    assertEquals("java", spec.path("language").asText());
    assertEquals(LanguageInfo.current().name(), spec.path("language").asText(), "the kernel_info's language, as VS Code matches them");
    assertEquals("Java (test)", spec.path("display_name").asText());
    assertEquals("message", spec.path("interrupt_mode").asText());
    assertEquals(true, spec.path("metadata").path("debugger").asBoolean(false), "JupyterLab offers its debugger");
    assertEquals("tb-test", spec.path("env").path("TABLEBOOK_KERNEL_NAME").asText());
  }

  @Test
  void languageInfoIsWhatJupyterLabAndVsCodeRecognise() {
    LanguageInfo info = LanguageInfo.of(Runtime.Version.parse("17.0.13+11-LTS"));
    assertEquals("17.0.13", info.version(), "feature.interim.update, without build or LTS");
    assertEquals(List.of("name", "version", "mimetype", "file_extension", "codemirror_mode", "pygments_lexer", "nbconvert_exporter"),
        List.copyOf(info.toMap().keySet()));
    assertEquals(List.of("java", "17.0.13", "text/x-java", ".java", "java", "java", "script"), List.copyOf(info.toMap().values()));
    assertEquals("25.0.0", LanguageInfo.of(Runtime.Version.parse("25")).version());
  }

  @Test
  void kernelInfoCarriesTheSharedLanguageInfo() {
    JsonNode language = KernelInfo.content().get("language_info");
    assertEquals(Json.MAPPER.valueToTree(LanguageInfo.current().toMap()), language);
  }
}
