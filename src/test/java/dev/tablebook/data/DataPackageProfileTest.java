package dev.tablebook.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Data Package profiles: what a tabular-data-package may hold, and what each resource's profile demands. */
class DataPackageProfileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV = "a\n1\n";
  private static final String TABLE = "{\"name\": \"t\", \"path\": \"t.csv\", \"profile\": \"tabular-data-resource\","
      + " \"schema\": {\"fields\": [{\"name\": \"a\", \"type\": \"integer\"}]}}";
  private static final String TEXT = "{\"name\": \"notes\", \"path\": \"notes.txt\", \"profile\": \"data-resource\"}";

  private static List<String> problems(String descriptor) {
    Map<String, byte[]> files = Map.of("datapackage.json", descriptor.getBytes(UTF_8),
        "t.csv", CSV.getBytes(UTF_8), "notes.txt", "some text\n".getBytes(UTF_8));
    return DataPackage.open(new MemorySource(files)).validate().stream().map(Problem::toString).toList();
  }

  private static String pkg(String profile, String... resources) {
    return "{" + (profile == null ? "" : "\"profile\": \"" + profile + "\", ")
        + "\"resources\": [" + String.join(", ", resources) + "]}";
  }

  /** Every file of datasets/, with the descriptor's package profile replaced. */
  private static Map<String, byte[]> datasetsWithProfile(String profile) throws IOException {
    Path dir = Path.of("datasets");
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(file -> {
        try {
          files.put(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    ObjectNode descriptor = (ObjectNode) JSON.readTree(files.get("datapackage.json"));
    descriptor.put("profile", profile);
    files.put("datapackage.json", JSON.writeValueAsBytes(descriptor));
    return files;
  }

  @Test
  void theOldDescriptorATabularPackageHoldingTheArticleTextIsRejected() throws IOException {
    DataPackage old = DataPackage.open(new MemorySource(datasetsWithProfile("tabular-data-package")));
    assertEquals(List.of("memory/datapackage.json resources[0].profile: the resource \"article\" is a data-resource"
        + " without a schema, but a tabular-data-package holds only tabular-data-resources with a schema:"
        + " declare the package \"profile\": \"data-package\", or make \"article\" a tabular-data-resource"),
        old.validate().stream().map(Problem::toString).toList());
    DataPackageException e = assertThrows(DataPackageException.class, () -> old.table("trade_totals"));
    assertTrue(e.getMessage().contains("\"article\""), e.getMessage());
  }

  @Test
  void theDatasetsAreADataPackageOfTablesAndTheArticleText() throws IOException {
    DataPackage pkg = DataPackage.open(new MemorySource(datasetsWithProfile("data-package")));
    assertEquals(List.of(), pkg.validate());
    assertEquals("data-package", Datasets.open(Path.of("datasets")).profile());
    assertEquals("data-resource", pkg.resource("article").orElseThrow().profile());
    assertEquals("tabular-data-resource", pkg.resource("claims").orElseThrow().profile());
  }

  @Test
  void aTabularPackageOfTablesOnlyIsValid() {
    assertEquals(List.of(), problems(pkg("tabular-data-package", TABLE)));
  }

  @Test
  void aDataPackageMayMixFilesAndTablesAndIsTheDefault() {
    assertEquals(List.of(), problems(pkg("data-package", TEXT, TABLE)));
    assertEquals(List.of(), problems(pkg(null, TEXT, TABLE)));
    assertEquals(List.of(), problems(pkg(null, "{\"name\": \"notes\", \"path\": \"notes.txt\"}")));
  }

  @Test
  void aTabularPackageResourceMustDeclareItselfTabular() {
    String undeclared = "{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": [{\"name\": \"a\"}]}}";
    assertEquals(List.of("memory/datapackage.json resources[0].profile: the resource \"t\" declares no profile,"
        + " but a tabular-data-package holds only tabular-data-resources with a schema: declare the package"
        + " \"profile\": \"data-package\", or make \"t\" a tabular-data-resource"),
        problems(pkg("tabular-data-package", undeclared)));
  }

  @Test
  void aTabularDataResourceNeedsASchema() {
    String noSchema = "{\"name\": \"t\", \"path\": \"t.csv\", \"profile\": \"tabular-data-resource\"}";
    List<String> expected = List.of("memory/datapackage.json resources[0].schema: the resource \"t\" declares the"
        + " profile tabular-data-resource, which needs an inline Table Schema");
    assertEquals(expected, problems(pkg("data-package", noSchema)));
    assertEquals(expected, problems(pkg("tabular-data-package", noSchema)), "reported once, by the resource's own rule");
  }

  @Test
  void unknownProfilesAreNamedWithTheOnesThatExist() {
    assertEquals(List.of(
        "memory/datapackage.json profile: unknown profile \"tabular-datapackage\": use \"data-package\" or"
            + " \"tabular-data-package\"",
        "memory/datapackage.json resources[0].profile: unknown profile 7: use \"data-resource\" or"
            + " \"tabular-data-resource\""),
        problems(pkg("tabular-datapackage", "{\"name\": \"notes\", \"path\": \"notes.txt\", \"profile\": 7}")));
    assertEquals(List.of("memory/datapackage.json profile: unknown profile \"https://example.org/p.json\": use"
        + " \"data-package\" or \"tabular-data-package\" (remote profiles are not supported)"),
        problems(pkg("https://example.org/p.json", TABLE)));
  }
}
