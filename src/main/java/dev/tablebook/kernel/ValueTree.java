package dev.tablebook.kernel;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a debugger's variable explorer shows of a value and inside it, read without running any of the value's
 * own code (a {@code toString()} or getter that never ends cannot hold up the kernel): the elements of an array
 * and of the JDK's own lists, sets and maps (never a wrapper, such as a synchronized or unmodifiable view, which
 * would call the collection it wraps), the columns of a Tablesaw table, and otherwise the object's fields.
 * Texts come from the value's type, never from its {@code toString()}, except for the JDK's numbers, strings,
 * characters, booleans and enum constants. At most {@value #MAX_CHILDREN} children a value. Values are read
 * while no cell runs ({@link dev.tablebook.engine.Engine#whenFree}), so none changes under the reading.
 */
final class ValueTree {
  static final int MAX_CHILDREN = 100;
  private static final int MAX_TEXT = 200;
  private static final java.util.Set<String> PLAIN_COLLECTIONS = java.util.Set.of("java.util.ArrayList",
      "java.util.LinkedList", "java.util.ArrayDeque", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Arrays$ArrayList");

  /** A named value inside another, and its type: a field's declared type, or else the value's class. */
  record Child(String name, Object value, String type) {
    Child(String name, Object value) {
      this(name, value, ValueTree.type(value));
    }
  }

  private ValueTree() {}

  /** Whether {@code value} has anything inside to show. */
  static boolean expandable(Object value) {
    if (value == null || simple(value)) {
      return false;
    }
    if (value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value) > 0;
    }
    if (value instanceof Table || value instanceof Column<?>) {
      return true;
    }
    if (plainCollection(value) && value instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (plainCollection(value) && value instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    return !jdk(value) && !fields(value.getClass()).isEmpty();
  }

  /** The values inside {@code value}, in order. */
  static List<Child> children(Object value) {
    List<Child> children = new ArrayList<>();
    if (value == null || simple(value)) {
      return children;
    }
    if (value.getClass().isArray()) {
      int length = java.lang.reflect.Array.getLength(value);
      for (int i = 0; i < Math.min(length, MAX_CHILDREN); i++) {
        children.add(new Child("[" + i + "]", java.lang.reflect.Array.get(value, i)));
      }
    } else if (value instanceof Table table) {
      table.columns().stream().limit(MAX_CHILDREN).forEach(column -> children.add(new Child(column.name(), column)));
    } else if (value instanceof Column<?> column) {
      for (int row = 0; row < Math.min(column.size(), MAX_CHILDREN); row++) {
        children.add(new Child("[" + row + "]", column.isMissing(row) ? null : column.get(row)));
      }
    } else if (plainCollection(value) && value instanceof Map<?, ?> map) {
      Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
      for (int i = 0; i < MAX_CHILDREN && entries.hasNext(); i++) {
        Map.Entry<?, ?> entry = entries.next();
        children.add(new Child(simple(entry.getKey()) ? String.valueOf(entry.getKey()) : "[" + i + "]", entry.getValue()));
      }
    } else if (plainCollection(value) && value instanceof Collection<?> collection) {
      Iterator<?> elements = collection.iterator();
      for (int i = 0; i < MAX_CHILDREN && elements.hasNext(); i++) {
        children.add(new Child("[" + i + "]", elements.next()));
      }
    } else if (!jdk(value)) {
      for (Field field : fields(value.getClass())) {
        try {
          children.add(new Child(field.getName(), field.get(value), field.getType().getSimpleName()));
        } catch (IllegalAccessException | RuntimeException e) {
          children.add(new Child(field.getName(), new Unreadable(), field.getType().getSimpleName()));
        }
        if (children.size() == MAX_CHILDREN) {
          break;
        }
      }
    }
    return children;
  }

  /** The text a value shows in the explorer. */
  static String text(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Unreadable) {
      return "(not readable)";
    }
    if (value instanceof String text) {
      return cut("\"" + text + "\"");
    }
    if (simple(value)) {
      return cut(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
    }
    if (value.getClass().isArray()) {
      return value.getClass().getComponentType().getSimpleName() + "[" + java.lang.reflect.Array.getLength(value) + "]";
    }
    if (value instanceof Table table) {
      return "Table " + table.name() + ": " + table.rowCount() + " rows × " + table.columnCount() + " columns";
    }
    if (value instanceof Column<?> column) {
      return column.getClass().getSimpleName() + " " + column.name() + ": " + column.size() + " values";
    }
    if (plainCollection(value) && value instanceof Collection<?> collection) {
      return value.getClass().getSimpleName() + ", size " + collection.size();
    }
    if (plainCollection(value) && value instanceof Map<?, ?> map) {
      return value.getClass().getSimpleName() + ", size " + map.size();
    }
    return value.getClass().getName();
  }

  /** The type a value shows in the explorer. */
  static String type(Object value) {
    return value == null ? "null" : value instanceof Unreadable ? "" : value.getClass().getSimpleName();
  }

  private static boolean simple(Object value) {
    return value instanceof Number && jdk(value) || value instanceof CharSequence && jdk(value) || value instanceof Boolean
        || value instanceof Character || value instanceof Enum<?>;
  }

  /**
   * Whether {@code value} is one of the JDK's own collections, whose size and elements are read without calling
   * anything else: not a view or wrapper of another collection, and not the JDK's concurrent ones.
   */
  private static boolean plainCollection(Object value) {
    String name = value.getClass().getName();
    return PLAIN_COLLECTIONS.contains(name) || name.startsWith("java.util.ImmutableCollections$");
  }

  /** Whether the value's class is the JDK's, whose code is trusted to end and whose fields are closed to reflection. */
  private static boolean jdk(Object value) {
    Module module = value.getClass().getModule();
    return module.isNamed() && module.getLayer() == ModuleLayer.boot() && module.getName().startsWith("java.");
  }

  /** The instance fields of {@code type} and its superclasses that can be read, the class's own first. */
  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && readable(field)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static boolean readable(Field field) {
    try {
      return field.trySetAccessible();
    } catch (InaccessibleObjectException | SecurityException e) {
      return false;
    }
  }

  private static String cut(String text) {
    return (text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…").replaceAll("\\R", " ");
  }

  /** A field whose value could not be read. */
  private static final class Unreadable {}
}
