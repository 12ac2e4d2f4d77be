package dev.tablebook.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes CSV reading and row validation: arbitrary bytes as the CSV of a package whose schema uses
 * every type and constraint we support (and a foreign key into a second fuzzed CSV). Problems come
 * back as a list or a {@link DataPackageException}, never as another exception.
 * Seeds: {@code src/test/resources/dev/tablebook/data/CsvFuzzTestInputs}.
 */
class CsvFuzzTest {
  private static final byte[] DESCRIPTOR = ("""
      {"name": "fuzz", "resources": [
        {"name": "facts", "path": "facts.csv", "schema": {
          "fields": [
            {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true, "minimum": 0}},
            {"name": "label", "type": "string", "constraints": {"pattern": "[A-Za-z ]+", "maxLength": 40}},
            {"name": "value_usd_bn", "type": "number", "constraints": {"maximum": 1000}},
            {"name": "kind", "type": "string", "constraints": {"enum": ["a", "b"]}},
            {"name": "day", "type": "date", "format": "%Y-%m-%d"},
            {"name": "ok", "type": "boolean"},
            {"name": "ref", "type": "string"}
          ],
          "primaryKey": ["id"],
          "missingValues": ["", "NA"],
          "foreignKeys": [{"fields": ["ref"], "reference": {"resource": "refs", "fields": ["ref"]}}]}},
        {"name": "refs", "path": "refs.csv", "schema": {"fields": [{"name": "ref", "type": "string"}], "primaryKey": ["ref"]}}
      ]}
      """).getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "30s")
  void csvRowsValidateOrFailWithDataPackageException(byte[] csv) {
    int split = csv.length == 0 ? 0 : Math.floorMod(csv[0], csv.length);
    byte[] refs = ("ref\n" + new String(csv, 0, split, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
    DescriptorFuzzTest.read(new MemorySource(Map.of("datapackage.json", DESCRIPTOR, "facts.csv", csv, "refs.csv", refs)));
  }
}
