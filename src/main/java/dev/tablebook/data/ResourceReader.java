package dev.tablebook.data;

import dev.tablebook.data.CsvParser.CsvRecord;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tabular resource's CSV and checks every cell against its field: type, required, enum,
 * bounds, lengths, pattern, uniqueness, and the primary key. Foreign keys need other resources and
 * are checked by {@link DataPackage}.
 */
final class ResourceReader {
  private final Resource resource;
  private final TableSchema schema;
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private ResourceReader(Resource resource, String file) {
    this.resource = resource;
    this.schema = resource.schema();
    this.file = file;
  }

  static ParsedResource read(PackageSource source, Resource resource) {
    return new ResourceReader(resource, source.displayName(resource.path())).readFrom(source);
  }

  private ParsedResource readFrom(PackageSource source) {
    List<CsvRecord> records;
    try (InputStream in = source.open(resource.path());
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      records = new CsvParser(reader, resource.dialect(), file, problems::add).readAll();
    } catch (FileNotFoundException | NoSuchFileException e) {
      return failed("the file is missing");
    } catch (CharacterCodingException e) {
      return failed("is not valid UTF-8 text");
    } catch (IOException e) {
      return failed("cannot be read: " + e.getMessage());
    }
    List<CsvRecord> data = records;
    if (resource.dialect().header()) {
      if (records.isEmpty()) {
        return failed("is empty: expected a header row");
      }
      checkHeader(records.get(0));
      data = records.subList(1, records.size());
    }
    List<Object[]> rows = new ArrayList<>(data.size());
    int[] lines = new int[data.size()];
    for (CsvRecord record : data) {
      Object[] row = typedRow(record);
      if (row != null) {
        lines[rows.size()] = record.line();
        rows.add(row);
      }
    }
    int[] kept = java.util.Arrays.copyOf(lines, rows.size());
    checkUnique(rows, kept);
    checkPrimaryKey(rows, kept);
    return new ParsedResource(resource, file, rows, kept, problems);
  }

  private ParsedResource failed(String message) {
    problems.add(Problem.inFile(file, message));
    return new ParsedResource(resource, file, List.of(), new int[0], problems);
  }

  private void checkHeader(CsvRecord header) {
    List<String> names = header.values();
    for (int i = 0; i < Math.max(names.size(), schema.fields().size()); i++) {
      String expected = i < schema.fields().size() ? schema.fields().get(i).name() : null;
      String found = i < names.size() ? names.get(i) : null;
      if (expected == null) {
        problems.add(new Problem(file, header.line(), i + 1, null, "header \"" + found + "\" is not a field of the schema"));
      } else if (found == null) {
        problems.add(new Problem(file, header.line(), i + 1, null, "header \"" + expected + "\" is missing"));
      } else if (!expected.equals(found)) {
        problems.add(new Problem(file, header.line(), i + 1, null, "header \"" + found + "\" should be \"" + expected + "\""));
      }
    }
  }

  private Object[] typedRow(CsvRecord record) {
    List<String> values = record.values();
    if (values.size() == 1 && values.get(0).isEmpty() && schema.fields().size() > 1) {
      problems.add(Problem.atLine(file, record.line(), "blank line"));
      return null;
    }
    if (values.size() != schema.fields().size()) {
      problems.add(Problem.atLine(file, record.line(),
          "expected " + schema.fields().size() + " fields, found " + values.size()));
      return null;
    }
    Object[] row = new Object[values.size()];
    for (int i = 0; i < row.length; i++) {
      Field field = schema.fields().get(i);
      String text = values.get(i);
      String error;
      if (schema.missingValues().contains(text)) {
        boolean required = field.constraints().required() || schema.primaryKey().contains(field.name());
        error = required ? "a value is required" : null;
      } else {
        try {
          row[i] = ValueParser.parse(field, text);
          error = ConstraintCheck.check(field, text, row[i]);
        } catch (ValueParser.BadValue e) {
          row[i] = ParsedResource.INVALID;
          error = e.getMessage();
        }
      }
      if (error != null) {
        problems.add(new Problem(file, record.line(), i + 1, field.name(), error));
      }
    }
    return row;
  }

  private void checkUnique(List<Object[]> rows, int[] lines) {
    for (int col = 0; col < schema.fields().size(); col++) {
      Field field = schema.fields().get(col);
      if (!field.constraints().unique() || schema.primaryKey().equals(List.of(field.name()))) {
        continue; // a one-field primary key reports its own repeats
      }
      Map<Object, Integer> seen = new HashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        Object value = rows.get(r)[col];
        Integer first = value == null || value == ParsedResource.INVALID ? null : seen.putIfAbsent(value, lines[r]);
        if (first != null) {
          problems.add(new Problem(file, lines[r], col + 1, field.name(),
              ValueParser.quote(ValueParser.show(value)) + " is not unique: it is also on line " + first));
        }
      }
    }
  }

  private void checkPrimaryKey(List<Object[]> rows, int[] lines) {
    List<String> key = schema.primaryKey();
    if (key.isEmpty() || !schema.hasFields(key)) {
      return; // a key naming undeclared fields is a descriptor problem, reported there
    }
    int[] columns = key.stream().mapToInt(schema::indexOf).toArray();
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> values = new ArrayList<>();
      for (int c : columns) {
        values.add(rows.get(r)[c]);
      }
      String names = "(" + String.join(", ", key) + ")";
      if (ParsedResource.hasInvalid(values) || values.contains(null)) {
        continue; // already reported: primary key fields are required
      }
      Integer first = seen.putIfAbsent(values, lines[r]);
      if (first != null) {
        problems.add(Problem.atLine(file, lines[r], "the primary key " + names + " = ("
            + String.join(", ", values.stream().map(ValueParser::show).toList()) + ") repeats line " + first));
      }
    }
  }
}
