package dev.tablebook.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Random tables (fixed seeds) and random queries, each against Tablesaw's own answer: {@code where} with
 * Tablesaw's filters for the rows, {@code sortOn} (with the row number to break ties, missing values
 * moved last) for the order, and the cells of a page against the table's.
 */
class GridRowsDifferentialTest {
  private static final int SEEDS = 300;
  private static final int QUERIES_PER_TABLE = 8;
  private static final String ROW = "row";
  private static final List<String> WORDS = List.of("apple", "Apple", "banana", "cherry", "Cherry pie", "date", "");

  @TestFactory
  Stream<DynamicTest> sortFilterAndPageAgreeWithTablesaw() {
    return IntStream.range(0, SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      Table table = randomTable(random, random.nextInt(seed % 10 == 0 ? 3 : 80));
      GridRows rows = GridRows.of(table);
      for (int q = 0; q < QUERIES_PER_TABLE; q++) {
        checkQuery(random, table, rows);
      }
    }));
  }

  private static void checkQuery(Random random, Table table, GridRows rows) {
    List<Condition> conditions = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      conditions.add(randomCondition(random, table));
    }
    GridQuery query = GridQuery.all().withPageSize(1 + random.nextInt(7))
        .withFilter(String.join(random.nextBoolean() ? " and " : " AND ", conditions.stream().map(Condition::text).toList()));
    String sortColumn = random.nextInt(4) == 0 ? null : pick(random, table.columnNames());
    boolean ascending = random.nextBoolean();
    if (sortColumn != null) {
      query = query.withSort(sortColumn, ascending);
    }
    List<String> columns = new ArrayList<>(table.columnNames());
    Collections.shuffle(columns, random);
    query = query.withColumns(columns.subList(0, random.nextInt(columns.size() + 1)));

    Selection selected = Selection.withRange(0, table.rowCount());
    for (Condition condition : conditions) {
      selected = selected.and(condition.rows());
    }
    int[] expected = referenceOrder(table.where(selected), sortColumn, ascending);
    String what = query.toString();
    assertEquals(expected.length, rows.rowCount(query), what);
    assertArrayEquals(expected, allPages(rows, query), what);
    assertPageCells(table, rows, query, expected, random.nextInt(rows.pageCount(query) + 1));
  }

  private static int[] allPages(GridRows rows, GridQuery query) {
    IntStream all = IntStream.empty();
    for (int page = 0; page < rows.pageCount(query); page++) {
      all = IntStream.concat(all, IntStream.of(rows.pageRows(query, page)));
    }
    return all.toArray();
  }

  private static void assertPageCells(Table table, GridRows rows, GridQuery query, int[] expected, int pageIndex) {
    Table page = rows.page(query, pageIndex);
    List<String> names = query.columns().isEmpty() ? table.columnNames() : query.columns();
    assertEquals(names, page.columnNames());
    int from = pageIndex * query.pageSize();
    assertEquals(Math.max(0, Math.min(query.pageSize(), expected.length - from)), page.rowCount());
    for (String name : names) {
      for (int i = 0; i < page.rowCount(); i++) {
        assertEquals(table.column(name).getString(expected[from + i]), page.column(name).getString(i), name);
      }
    }
  }

  /** The row numbers of {@code selected} in Tablesaw's sorted order, ties by row number, missing values last. */
  private static int[] referenceOrder(Table selected, String sortColumn, boolean ascending) {
    if (sortColumn == null) {
      return selected.intColumn(ROW).asIntArray();
    }
    Column<?> column = selected.column(sortColumn);
    String key = (ascending ? "" : "-") + sortColumn;
    // Tablesaw keeps one direction per column: sorting on the row number itself needs no tie-break.
    Table present = selected.where(column.isNotMissing()).sortOn(sortColumn.equals(ROW) ? new String[] {key} : new String[] {key, ROW});
    Table missing = selected.where(column.isMissing());
    return IntStream.concat(IntStream.of(present.intColumn(ROW).asIntArray()), IntStream.of(missing.intColumn(ROW).asIntArray()))
        .toArray();
  }

  private static Table randomTable(Random random, int rows) {
    IntColumn row = IntColumn.create(ROW);
    IntColumn count = IntColumn.create("count");
    LongColumn big = LongColumn.create("big");
    DoubleColumn price = DoubleColumn.create("unit price");
    StringColumn word = StringColumn.create("word");
    StringColumn other = StringColumn.create("other");
    DateColumn day = DateColumn.create("day");
    DateTimeColumn at = DateTimeColumn.create("at");
    BooleanColumn flag = BooleanColumn.create("flag");
    for (int i = 0; i < rows; i++) {
      row.append(i);
      appendOrMissing(random, count, () -> count.append(random.nextInt(11) - 5));
      appendOrMissing(random, big, () -> big.append((random.nextInt(7) - 3) * 1_000_000_007L));
      appendOrMissing(random, price, () -> price.append((random.nextInt(9) - 4) / 2.0));
      word.append(pick(random, WORDS));
      other.append(pick(random, WORDS).toUpperCase(Locale.ROOT));
      appendOrMissing(random, day, () -> day.append(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(6))));
      appendOrMissing(random, at, () -> at.append(LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(random.nextInt(6))));
      appendOrMissing(random, flag, () -> flag.append(random.nextBoolean()));
    }
    // Half the tables hold their words as Tablesaw does past 65,534 distinct values: without a dictionary.
    StringColumn words = random.nextBoolean() ? StringCodesTest.withoutDictionary(word) : word;
    return Table.create("random", row, count, big, price, words, other, day, at, flag);
  }

  private static void appendOrMissing(Random random, Column<?> column, Runnable append) {
    if (random.nextInt(6) == 0) {
      column.appendMissing();
    } else {
      append.run();
    }
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A condition's text and Tablesaw's selection for it. */
  private record Condition(String text, Selection rows) {}

  private static Condition randomCondition(Random random, Table table) {
    String op = pick(random, List.of("=", "!=", "<", "<=", ">", ">=", "is missing", "is not missing"));
    String name = pick(random, List.of("count", "big", "unit price", "word", "day", "at", "flag", "phrase"));
    if (name.equals("phrase")) {
      String phrase = pick(random, List.of("app", "PIE", "an", "'cherry pie'"));
      String lower = phrase.replace("'", "").toLowerCase(Locale.ROOT);
      return new Condition(phrase, table.stringColumn("word").lowerCase().containsString(lower)
          .or(table.stringColumn("other").lowerCase().containsString(lower)));
    }
    Column<?> column = table.column(name);
    String written = name.contains(" ") ? "`" + name + "`" : name;
    if (op.equals("is missing")) {
      return new Condition(written + " is missing", column.isMissing());
    } else if (op.equals("is not missing")) {
      return new Condition(written + " IS NOT missing", column.isNotMissing());
    }
    return ReferenceFilters.compare(random, table, name, written, op);
  }

  /** Tablesaw's own filters for one comparison, restricted to present values as the grid's are. */
  private static final class ReferenceFilters {
    static Condition compare(Random random, Table table, String name, String written, String op) {
      Selection present = table.column(name).isNotMissing();
      switch (name) {
        case "count", "big", "unit price" -> {
          double v = (random.nextInt(13) - 6) / (name.equals("unit price") ? 2.0 : 1.0) * (name.equals("big") ? 1_000_000_007L : 1);
          var column = table.numberColumn(name);
          Selection rows = switch (op) {
            case "=" -> column.isEqualTo(v);
            case "!=" -> column.isNotEqualTo(v);
            case "<" -> column.isLessThan(v);
            case "<=" -> column.isLessThanOrEqualTo(v);
            case ">" -> column.isGreaterThan(v);
            default -> column.isGreaterThanOrEqualTo(v);
          };
          String value = name.equals("unit price") ? Double.toString(v) : Long.toString((long) v);
          return new Condition(written + " " + op + " " + value, rows.and(present));
        }
        case "word" -> {
          String v = pick(random, WORDS.subList(0, WORDS.size() - 1));
          StringColumn column = table.stringColumn(name);
          String text = written + " " + op + " '" + v + "'";
          return switch (op) {
            case "=" -> new Condition(text, column.isEqualTo(v).and(present));
            case "!=" -> new Condition(text, column.isNotEqualTo(v).and(present));
            case "<" -> new Condition(written + " contains " + v.substring(1, 3).toUpperCase(Locale.ROOT),
                column.lowerCase().containsString(v.substring(1, 3).toLowerCase(Locale.ROOT)).and(present));
            default -> new Condition(written + " starts with " + v.substring(0, 2),
                column.startsWith(v.substring(0, 2)).and(present));
          };
        }
        case "day" -> {
          LocalDate v = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(8) - 1);
          DateColumn column = table.dateColumn(name);
          Selection rows = switch (op) {
            case "=" -> column.isEqualTo(v);
            case "!=" -> column.isNotEqualTo(v);
            case "<" -> column.isBefore(v);
            case "<=" -> column.isOnOrBefore(v);
            case ">" -> column.isAfter(v);
            default -> column.isOnOrAfter(v);
          };
          return new Condition(written + " " + op + " " + v, rows.and(present));
        }
        case "at" -> {
          LocalDateTime v = LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(random.nextInt(8) - 1);
          DateTimeColumn column = table.dateTimeColumn(name);
          Selection rows = switch (op) {
            case "=" -> column.isEqualTo(v);
            case "!=" -> column.isNotEqualTo(v);
            case "<" -> column.isBefore(v);
            case "<=" -> column.isOnOrBefore(v);
            case ">" -> column.isAfter(v);
            default -> column.isOnOrAfter(v);
          };
          return new Condition(written + " " + op + " '" + v.toString().replace('T', ' ') + "'", rows.and(present));
        }
        default -> {
          boolean v = random.nextBoolean();
          BooleanColumn column = table.booleanColumn(name);
          boolean equal = op.equals("=") || op.equals("<") || op.equals("<=");
          Selection rows = v == equal ? column.isTrue() : column.isFalse();
          return new Condition(written + (equal ? " = " : " != ") + v, rows.and(present));
        }
      }
    }
  }
}
