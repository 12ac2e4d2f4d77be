package dev.tablebook.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code datapackage.json} into {@link Resource}s, collecting every problem with the
 * descriptor (as a JSON path such as {@code resources[2].schema.fields[1].type}) instead of stopping
 * at the first.
 */
final class DescriptorReader {
  static final String DESCRIPTOR = "datapackage.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the descriptor says, and what is wrong with it. */
  record Descriptor(
      String name, String title, String description, String profile, List<Resource> resources, List<Problem> problems) {}

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final ProfileCheck profiles = new ProfileCheck(this);

  private DescriptorReader(String file) {
    this.file = file;
  }

  static Descriptor read(PackageSource source) {
    DescriptorReader reader = new DescriptorReader(source.displayName(DESCRIPTOR));
    JsonNode root;
    try (InputStream in = source.open(DESCRIPTOR)) {
      root = JSON.readTree(in);
    } catch (FileNotFoundException | NoSuchFileException e) {
      return reader.failed("no data package here (" + DESCRIPTOR + " is missing)");
    } catch (JsonProcessingException e) {
      return reader.failed("not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      return reader.failed("cannot be read: " + e.getMessage());
    }
    return reader.descriptor(root);
  }

  private Descriptor failed(String message) {
    problems.add(Problem.inFile(file, message));
    return new Descriptor("", "", "", ProfileCheck.DATA_PACKAGE, List.of(), problems);
  }

  private Descriptor descriptor(JsonNode root) {
    if (!root.isObject()) {
      return failed("the descriptor must be a JSON object");
    }
    String profile = profiles.packageProfile(root);
    JsonNode resources = root.path("resources");
    if (!resources.isArray() || resources.isEmpty()) {
      problem("resources", "a data package needs a non-empty array of resources");
    }
    List<Resource> list = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; resources.isArray() && i < resources.size(); i++) {
      Resource resource = resource(resources.path(i), "resources[" + i + "]", profile);
      if (resource != null && !names.add(resource.name())) {
        problem("resources[" + i + "].name", "the name \"" + resource.name() + "\" is used twice");
      } else if (resource != null) {
        list.add(resource);
      }
    }
    checkForeignKeyTargets(list);
    String name = root.path("name").asText("");
    return new Descriptor(name, root.path("title").asText(name), root.path("description").asText(""), profile, list,
        problems);
  }

  private Resource resource(JsonNode node, String at, String packageProfile) {
    String name = requiredText(node, "name", at);
    String path = requiredText(node, "path", at);
    if (name == null || path == null) {
      return null;
    }
    if (path.contains("://")) {
      problem(at + ".path", "remote resources are not supported: " + path);
      return null;
    }
    if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
      problem(at + ".path", "must be a relative path inside the package: " + path);
      return null;
    }
    JsonNode schema = node.path("schema");
    TableSchema tableSchema = schema.isObject() ? schema(schema, at + ".schema") : null;
    if (!schema.isMissingNode() && !schema.isObject()) {
      problem(at + ".schema", "must be an inline Table Schema object");
    }
    String profile = profiles.resourceProfile(node, at);
    profiles.checkResource(packageProfile, node, at, name, profile, tableSchema != null);
    return new Resource(name, path, profile, node.path("title").asText(name), node.path("description").asText(""),
        tableSchema, dialect(node.path("dialect"), at + ".dialect"));
  }

  private CsvDialect dialect(JsonNode node, String at) {
    if (node.isMissingNode()) {
      return CsvDialect.DEFAULT;
    }
    return new CsvDialect(singleChar(node, "delimiter", ',', at), singleChar(node, "quoteChar", '"', at),
        node.path("header").asBoolean(true));
  }

  private char singleChar(JsonNode node, String key, char fallback, String at) {
    String text = node.path(key).asText(String.valueOf(fallback));
    if (text.length() != 1) {
      problem(at + "." + key, "must be a single character");
      return fallback;
    }
    return text.charAt(0);
  }

  private TableSchema schema(JsonNode node, String at) {
    JsonNode fieldsNode = node.path("fields");
    if (!fieldsNode.isArray() || fieldsNode.isEmpty()) {
      problem(at + ".fields", "a Table Schema needs a non-empty array of fields");
    }
    List<String> missing = new ArrayList<>();
    node.path("missingValues").forEach(v -> missing.add(v.asText()));
    if (!node.has("missingValues")) {
      missing.add("");
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; fieldsNode.isArray() && i < fieldsNode.size(); i++) {
      Field field = new FieldReader(this, fieldsNode.path(i), at + ".fields[" + i + "]").read();
      if (field != null && !names.add(field.name())) {
        problem(at + ".fields[" + i + "].name", "the field \"" + field.name() + "\" is declared twice");
      } else if (field != null) {
        fields.add(field);
      }
    }
    List<String> primaryKey = names(node.path("primaryKey"));
    checkFieldsExist(primaryKey, names, at + ".primaryKey");
    List<ForeignKey> foreignKeys = new ArrayList<>();
    JsonNode fks = node.path("foreignKeys");
    if (!fks.isMissingNode() && !fks.isArray()) {
      problem(at + ".foreignKeys", "must be an array");
    }
    for (int i = 0; fks.isArray() && i < fks.size(); i++) {
      JsonNode fk = fks.path(i);
      String fkAt = at + ".foreignKeys[" + i + "]";
      List<String> own = names(fk.path("fields"));
      List<String> referenced = names(fk.path("reference").path("fields"));
      checkFieldsExist(own, names, fkAt + ".fields");
      if (own.isEmpty() || own.size() != referenced.size()) {
        problem(fkAt, "fields and reference.fields must name the same number of fields");
        continue;
      }
      foreignKeys.add(new ForeignKey(own, fk.path("reference").path("resource").asText(""), referenced));
    }
    return new TableSchema(fields, primaryKey, foreignKeys, missing);
  }

  private void checkForeignKeyTargets(List<Resource> resources) {
    for (Resource resource : resources) {
      if (!resource.isTabular()) {
        continue;
      }
      List<ForeignKey> foreignKeys = resource.schema().foreignKeys();
      for (int i = 0; i < foreignKeys.size(); i++) {
        ForeignKey fk = foreignKeys.get(i);
        String target = fk.resource().isEmpty() ? resource.name() : fk.resource();
        Resource referenced = resources.stream().filter(r -> r.name().equals(target)).findFirst().orElse(null);
        String at = "resources[" + resource.name() + "].schema.foreignKeys[" + i + "]";
        if (referenced == null || !referenced.isTabular()) {
          problem(at, "refers to \"" + target + "\", which is not a tabular resource of this package");
        } else {
          Set<String> targetFields = new LinkedHashSet<>();
          referenced.schema().fields().forEach(f -> targetFields.add(f.name()));
          checkFieldsExist(fk.referencedFields(), targetFields, at + ".reference.fields");
        }
      }
    }
  }

  private void checkFieldsExist(List<String> wanted, Set<String> declared, String at) {
    for (String name : wanted) {
      if (!declared.contains(name)) {
        problem(at, "names the field \"" + name + "\", which is not declared");
      }
    }
  }

  /** A field name or an array of names, as primaryKey and foreign keys allow. */
  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isTextual()) {
      names.add(node.asText());
    } else {
      node.forEach(n -> names.add(n.asText()));
    }
    return names;
  }

  String requiredText(JsonNode node, String key, String at) {
    JsonNode value = node.path(key);
    if (!value.isTextual() || value.asText().isEmpty()) {
      problem(at + "." + key, "a non-empty string is required");
      return null;
    }
    return value.asText();
  }

  Pattern compile(String regex, String at) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problem(at, "not a valid regular expression: " + e.getDescription());
      return null;
    }
  }

  void problem(String at, String message) {
    problems.add(new Problem(file, 0, 0, at, message));
  }
}
