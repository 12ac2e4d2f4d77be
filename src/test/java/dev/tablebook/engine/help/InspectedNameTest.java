package dev.tablebook.engine.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InspectedNameTest {

  @Test
  void aMethodWithGenericAndVarargsParameters() {
    assertEquals(new InspectedName("Table", "create", List.of("String", "Column[]")),
        InspectedName.of("Table Table.create(String name, tech.tablesaw.columns.Column<?>... columns)"));
    assertEquals(new InspectedName("Table", "create", List.of("Collection")),
        InspectedName.of("Table Table.create(java.util.Collection<tech.tablesaw.columns.Column<?>> columns)"));
  }

  @Test
  void aGenericOwnerAndReturnType() {
    assertEquals(new InspectedName("java.util.List", "of", List.of("E", "E")),
        InspectedName.of("java.util.List<E> java.util.List<E>.<E>of(E e1, E e2)"));
    assertEquals(new InspectedName("java.util.Map", "of", List.of()),
        InspectedName.of("java.util.Map<K, V> java.util.Map<K, V>.<K, V>of()"));
  }

  @Test
  void aTypeAFieldAndAConstructor() {
    assertEquals(new InspectedName("tech.tablesaw.api.Table", null, null), InspectedName.of("tech.tablesaw.api.Table"));
    assertEquals(new InspectedName("Integer", "MAX_VALUE", null), InspectedName.of("int Integer.MAX_VALUE"));
    assertEquals(new InspectedName("java.util.ArrayList", "<init>", List.of("int")),
        InspectedName.of("java.util.ArrayList(int initialCapacity)"));
  }

  @Test
  void simpleTypesDropPackagesGenericsAndAnnotations() {
    assertEquals("String[]", InspectedName.simpleType("java.lang.String..."));
    assertEquals("Map", InspectedName.simpleType("@Nullable java.util.Map<String, List<Integer>>"));
    assertEquals("int[][]", InspectedName.simpleType("int[][]"));
  }
}
