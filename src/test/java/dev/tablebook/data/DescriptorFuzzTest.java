package dev.tablebook.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes the data package reader with arbitrary {@code datapackage.json} text over a small CSV: the
 * package opens, validates (problems as a list) and reads tables or fails with
 * {@link DataPackageException}, never anything else.
 * Seeds: {@code src/test/resources/dev/tablebook/data/DescriptorFuzzTestInputs}.
 */
class DescriptorFuzzTest {
  static final byte[] CSV = "id,name,value,day\n1,a,1.5,2024-05-16\n2,b,,2024-05-17\n".getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "30s")
  void descriptorsOpenOrFailWithDataPackageException(byte[] descriptor) {
    read(new MemorySource(Map.of("datapackage.json", descriptor, "a.csv", CSV, "b.csv", CSV)));
  }

  /** Opens, validates and reads every table, accepting only the documented failure. */
  static void read(PackageSource source) {
    DataPackage pkg;
    try {
      pkg = DataPackage.open(source);
    } catch (DataPackageException expected) {
      return;
    }
    pkg.validate();
    for (String name : pkg.tableNames()) {
      try {
        pkg.table(name);
      } catch (DataPackageException expected) {
        // every problem is reported, no partial table
      }
    }
  }
}
