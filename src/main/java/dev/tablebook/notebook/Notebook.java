package dev.tablebook.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.io.AtomicFiles;
import dev.tablebook.io.JsonErrors;
import dev.tablebook.io.TextFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An nbformat 4 notebook (4.0 to 4.5), kept as the JSON it was read from so that unknown metadata
 * and fields survive; {@link #toJson()} writes it the way Jupyter does, byte for byte.
 *
 * @since 0.1
 */
public final class Notebook {
  private static final Set<String> CELL_TYPES = Set.of("code", "markdown", "raw");
  /** nbformat 4.5's rule for a cell id. */
  private static final String ID_PATTERN = "[a-zA-Z0-9_-]{1,64}";

  private final ObjectNode json;

  private Notebook(ObjectNode json) {
    this.json = json;
  }

  /** Reads and checks {@code file}. */
  public static Notebook read(Path file) throws NotebookFormatException, IOException {
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (NoSuchFileException e) {
      throw new NotebookFormatException(file + ": no such file");
    } catch (TextFiles.NotUtf8Exception e) {
      throw new NotebookFormatException(e.getMessage());
    }
    return parse(file.toString(), text);
  }

  /** Parses notebook JSON; {@code name} is used in error messages. */
  public static Notebook parse(String name, String text) throws NotebookFormatException {
    JsonNode root;
    try {
      root = JupyterJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
    } catch (JsonProcessingException e) {
      throw new NotebookFormatException(JsonErrors.notValidJson(name, e));
    }
    return of(name, root);
  }

  /** Checks a notebook already parsed (it becomes the notebook: changes to either change both). */
  static Notebook of(String name, JsonNode root) throws NotebookFormatException {
    if (root == null || !root.isObject()) {
      throw new NotebookFormatException(name + ": a notebook is a JSON object");
    }
    int major = root.path("nbformat").asInt(0);
    if (major < 4) {
      throw new NotebookFormatException(name + ": nbformat " + (major == 0 ? "is missing" : major + " is too old")
          + "; open and save it in Jupyter to upgrade it to nbformat 4");
    }
    if (major > 4) {
      throw new NotebookFormatException(name + ": nbformat " + major + " is newer than this tool reads (4)");
    }
    JsonNode cells = root.path("cells");
    if (!cells.isArray()) {
      throw new NotebookFormatException(name + ": cells: expected a list of cells");
    }
    for (int i = 0; i < cells.size(); i++) {
      check(name, "cells[" + i + "]", cells.get(i));
    }
    if (!root.path("metadata").isObject()) {
      throw new NotebookFormatException(name + ": metadata: expected an object");
    }
    return new Notebook((ObjectNode) root);
  }

  /** Checks this notebook as {@link #parse} checks a file's (after changes made to its tree directly). */
  void check(String name) throws NotebookFormatException {
    of(name, json);
  }

  private static void check(String name, String at, JsonNode cell) throws NotebookFormatException {
    if (!cell.isObject()) {
      throw new NotebookFormatException(name + ": " + at + ": expected a cell object");
    }
    String type = cell.path("cell_type").asText("");
    if (!CELL_TYPES.contains(type)) {
      throw new NotebookFormatException(name + ": " + at + ".cell_type: expected code, markdown or raw, not \"" + type + "\"");
    }
    JsonNode source = cell.path("source");
    if (!source.isTextual() && !allOf(source, JsonNode::isTextual)) {
      throw new NotebookFormatException(name + ": " + at + ".source: expected a string or a list of strings");
    }
    JsonNode metadata = cell.path("metadata");
    if (!metadata.isMissingNode() && !metadata.isObject()) {
      throw new NotebookFormatException(name + ": " + at + ".metadata: expected an object");
    }
    JsonNode tags = metadata.path("tags");
    if (!tags.isMissingNode() && !allOf(tags, JsonNode::isTextual)) {
      throw new NotebookFormatException(name + ": " + at + ".metadata.tags: expected a list of strings");
    }
    if (type.equals("code")) {
      JsonNode outputs = cell.path("outputs");
      if (!allOf(outputs, output -> output.path("output_type").isTextual())) {
        throw new NotebookFormatException(name + ": " + at + ".outputs: expected a list of outputs, each with an output_type");
      }
      JsonNode count = cell.path("execution_count");
      if (!count.isMissingNode() && !count.isNull() && !count.isIntegralNumber()) {
        throw new NotebookFormatException(name + ": " + at + ".execution_count: expected a whole number or null");
      }
    }
  }

  /** Whether {@code node} is a list whose every element passes {@code test}. */
  private static boolean allOf(JsonNode node, java.util.function.Predicate<JsonNode> test) {
    return node.isArray() && java.util.stream.StreamSupport.stream(node.spliterator(), false).allMatch(test);
  }

  /** The cells, in order; changes to them change this notebook. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    json.withArray("cells").forEach(node -> cells.add(new Cell((ObjectNode) node)));
    return cells;
  }

  /** Inserts a cell at {@code index}. */
  public void insert(int index, Cell cell) {
    json.withArray("cells").insert(index, cell.json());
  }

  /** Removes the cell at {@code index}. */
  public void remove(int index) {
    json.withArray("cells").remove(index);
  }

  /** The notebook's metadata object. */
  public ObjectNode metadata() {
    return json.withObjectProperty("metadata");
  }

  /**
   * Makes this an nbformat 4.5 notebook (or keeps a later minor) whose every cell has an {@code id}:
   * a cell lacking one gets an id derived from its type and source, so running the same notebook twice
   * gives the same ids, and made unique among the others; ids already there are kept. JupyterLab adds the
   * ids of a 4.5 notebook that lacks them, and so marks it changed as it opens.
   */
  public void ensureCellIds() {
    if (json.path("nbformat_minor").asInt(0) < 5) {
      json.put("nbformat_minor", 5);
    }
    Set<String> taken = new java.util.HashSet<>();
    List<ObjectNode> lacking = new ArrayList<>();
    for (JsonNode node : json.withArray("cells")) {
      String id = node.path("id").asText("");
      if (id.matches(ID_PATTERN) && taken.add(id)) {
        continue;
      }
      lacking.add((ObjectNode) node); // no id, an invalid one, or a duplicate of an earlier cell's
    }
    for (ObjectNode cell : lacking) {
      String base = "cell-" + contentHash(cell.path("cell_type").asText() + "\n" + new Cell(cell).source());
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
      cell.put("id", id);
    }
  }

  /** The first 8 hex digits of {@code text}'s SHA-256. */
  private static String contentHash(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A deep copy. */
  public Notebook copy() {
    return new Notebook(json.deepCopy());
  }

  /** The notebook as Jupyter writes it: indent 1, sorted keys, non-ASCII kept, a final newline. */
  public String toJson() {
    return JupyterJson.write(json);
  }

  /** Writes to {@code file} through a temporary file in the same folder and a rename: never half-written. */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, toJson(), false);
  }

  /** One cell of a notebook. */
  public static final class Cell {
    private final ObjectNode json;

    Cell(ObjectNode json) {
      this.json = json;
    }

    /** A new code cell with {@code source}, tagged with {@code tags}. */
    public static Cell code(String id, String source, String... tags) {
      ObjectNode node = JupyterJson.MAPPER.createObjectNode();
      node.put("cell_type", "code");
      node.putNull("execution_count");
      node.put("id", id);
      ArrayNode tagArray = node.putObject("metadata").putArray("tags");
      for (String tag : tags) {
        tagArray.add(tag);
      }
      node.putArray("outputs");
      node.set("source", lines(source));
      return new Cell(node);
    }

    ObjectNode json() {
      return json;
    }

    /** code, markdown or raw. */
    public String type() {
      return json.path("cell_type").asText();
    }

    /** The source as one text. */
    public String source() {
      JsonNode source = json.path("source");
      if (source.isTextual()) {
        return source.asText();
      }
      StringBuilder text = new StringBuilder();
      source.forEach(line -> text.append(line.asText()));
      return text.toString();
    }

    /** The cell's tags. */
    public List<String> tags() {
      List<String> tags = new ArrayList<>();
      json.path("metadata").path("tags").forEach(tag -> tags.add(tag.asText()));
      return tags;
    }

    /** Replaces the outputs (code cells). */
    public void setOutputs(ArrayNode outputs) {
      json.set("outputs", outputs);
    }

    /**
     * The outputs of a code cell (changes to them change the cell); an empty list, not part of the
     * cell, for a markdown or raw cell, which has none.
     */
    public ArrayNode outputs() {
      JsonNode outputs = json.path("outputs");
      return type().equals("code") && outputs.isArray() ? (ArrayNode) outputs : JupyterJson.MAPPER.createArrayNode();
    }

    /** The execution count, when the cell ran. */
    public java.util.Optional<Integer> executionCount() {
      JsonNode count = json.path("execution_count");
      return count.isInt() ? java.util.Optional.of(count.asInt()) : java.util.Optional.empty();
    }

    /** Sets the execution count, or null. */
    public void setExecutionCount(Integer count) {
      if (count == null) {
        json.putNull("execution_count");
      } else {
        json.put("execution_count", count);
      }
    }

    /** Records when the cell ran, in {@code metadata.execution} as Jupyter's own clients do. */
    public void recordTiming(java.time.Instant start, java.time.Instant end) {
      ObjectNode execution = json.withObjectProperty("metadata").putObject("execution");
      execution.put("tablebook.cell_start", start.toString());
      execution.put("tablebook.cell_end", end.toString());
    }

    /** Jupyter's way of storing text: a list of lines, each but the last ending in a newline. */
    static ArrayNode lines(String text) {
      ArrayNode lines = JupyterJson.MAPPER.createArrayNode();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          lines.add(text.substring(start, i + 1));
          start = i + 1;
        }
      }
      if (start < text.length()) {
        lines.add(text.substring(start));
      }
      return lines;
    }
  }
}
