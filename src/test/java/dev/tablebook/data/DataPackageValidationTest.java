package dev.tablebook.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class DataPackageValidationTest {

  private static List<String> problems(DataPackage pkg) {
    return pkg.validate().stream().map(Problem::toString).toList();
  }

  @Test
  void everyRowProblemIsReportedOnceWithFileLineColumnAndField() {
    assertEquals(List.of(
        "datasets/trade_totals.csv:3:1 year: \"20x3\" is not an integer",
        "datasets/trade_totals.csv:4:3 total_usd_bn: -5 is below the minimum 0",
        "datasets/trade_totals.csv:5:2 basis: \"gacc\" is not one of: gac, secondary",
        "datasets/trade_totals.csv:6:7 source_url: \"ftp://example.org/e\" does not match the pattern https?://\\S+",
        "datasets/trade_totals.csv:7:3 total_usd_bn: \"24o.11\" is not a number",
        "datasets/trade_totals.csv:8: the primary key (year) = (2014) repeats line 2",
        "datasets/trade_totals.csv:9:6 article_ref: \"99.1\" is not a ref of sentences",
        "datasets/trade_totals.csv:10: expected 8 fields, found 3",
        "datasets/trade_totals.csv:11:1 year: a value is required",
        "datasets/trade_totals.csv:12:5 named: \"yes\" is not a boolean (expected one of true, True, TRUE, 1, false, False, FALSE, 0)",
        "datasets/trade_totals.csv:13:4 day: \"2024-02-30\" is not a date (expected YYYY-MM-DD)",
        "datasets/trade_totals.csv:16:3 total_usd_bn: \"x\" is not a number",
        "datasets/trade_totals.csv:16:8 note: \"a note far longer than the forty characters allowed\" is longer than 40 characters"),
        problems(Fixtures.open("broken")));
  }

  @Test
  void aTableWithProblemsIsNeverLoadedPartially() {
    DataPackage pkg = Fixtures.open("broken");
    DataPackageException e = assertThrows(DataPackageException.class, () -> pkg.table("trade_totals"));
    assertEquals(13, e.problems().size());
    assertTrue(e.getMessage().startsWith("13 problems in the data package:\n"), e.getMessage());
    assertTrue(e.getMessage().contains("datasets/trade_totals.csv:7:3 total_usd_bn: \"24o.11\" is not a number"));
  }

  @Test
  void aValidResourceOfABrokenPackageStillLoads() {
    Table sentences = Fixtures.open("broken").table("sentences");
    assertEquals(List.of("1.1", "1.2"), sentences.stringColumn("ref").asList());
  }

  @Test
  void descriptorProblemsNameTheJsonPath() {
    assertEquals(List.of(
        "datasets/datapackage.json resources[0].path: must be a relative path inside the package: ../secret.csv",
        "datasets/datapackage.json resources[1].path: remote resources are not supported: https://example.org/data.csv",
        "datasets/datapackage.json resources[2].schema.fields[0].type: unknown type \"nmber\"",
        "datasets/datapackage.json resources[2].schema.fields[1].constraints.pattern: not a valid regular expression: Unclosed character class",
        "datasets/datapackage.json resources[2].schema.fields[2].name: the field \"b\" is declared twice",
        "datasets/datapackage.json resources[2].schema.fields[3].constraints.minimum: \"zero\" is not an integer",
        "datasets/datapackage.json resources[2].schema.primaryKey: names the field \"id\", which is not declared",
        "datasets/datapackage.json resources[4].name: the name \"typo\" is used twice",
        "datasets/datapackage.json resources[typo].schema.foreignKeys[0]: refers to \"nowhere\", which is not a tabular resource of this package",
        "datasets/notes.txt: the file is missing",
        "datasets/typo.csv: the file is missing"),
        problems(Fixtures.open("bad-descriptor")));
  }

  @Test
  void invalidJsonSaysWhereTheSyntaxBreaks() {
    List<String> problems = problems(Fixtures.open("bad-json"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("datasets/datapackage.json: not valid JSON: Unexpected character ('}'"), problems.get(0));
    assertTrue(problems.get(0).endsWith("(line 2, column 33)"), problems.get(0));
  }

  @Test
  void csvProblemsCoverHeaderShapeQuotesDialectAndMissingFiles() {
    assertEquals(List.of(
        "datasets/header.csv:1:2: header \"totl\" should be \"total\"",
        "datasets/header.csv:1:3: header \"note\" is missing",
        "datasets/header.csv:3: blank line",
        "datasets/header.csv:4: expected 3 fields, found 2",
        "datasets/missing.csv: the file is missing",
        "datasets/quote.csv:3: a quoted field is not closed before the end of the file",
        "datasets/semicolons.csv:3:1 day: \"2023-12-31\" is not a date (expected %d/%m/%Y)",
        "datasets/semicolons.csv:3:2 ok: \"maybe\" is not a boolean (expected one of yes, no)"),
        problems(Fixtures.open("bad-csv")));
  }

  @Test
  void aMissingDescriptorSaysThereIsNoPackage(@TempDir Path empty) {
    List<Problem> problems = DataPackage.open(PackageSource.directory(empty, "somewhere")).validate();
    assertEquals(List.of("somewhere/datapackage.json: no data package here (datapackage.json is missing)"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void textThatIsNotUtf8IsReportedNotGarbled(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("datapackage.json"),
        "{\"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {\"fields\": [{\"name\": \"a\"}]}}]}");
    Files.write(dir.resolve("t.csv"), new byte[] {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
    assertEquals(List.of("pkg/t.csv: is not valid UTF-8 text"),
        DataPackage.open(PackageSource.directory(dir, "pkg")).validate().stream().map(Problem::toString).toList());
  }

  @Test
  void validatingAndLoadingNeverTouchTheFiles() {
    for (String name : List.of("broken", "bad-descriptor", "bad-json", "bad-csv")) {
      Path dir = Fixtures.dir(name);
      Map<String, String> before = Fixtures.snapshot(dir);
      DataPackage pkg = Fixtures.open(name);
      pkg.validate();
      for (String table : pkg.tableNames()) {
        try {
          pkg.table(table);
        } catch (DataPackageException expected) {
          // the point is what happens to the files
        }
      }
      assertEquals(before, Fixtures.snapshot(dir), name);
    }
  }
}
