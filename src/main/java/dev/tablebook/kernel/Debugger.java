package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.display.MimeBundle;
import dev.tablebook.engine.Engine;
import dev.tablebook.engine.InspectedVariable;
import dev.tablebook.io.AtomicFiles;
import dev.tablebook.secrets.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the Jupyter debugger protocol: a {@code debug_request}'s content is a Debug Adapter Protocol
 * request, and its reply's content the DAP response. What a front end asks between cells is answered: the
 * session's variables with their types and values, looked into ({@code inspectVariables}, {@code variables}),
 * a variable shown rich ({@code richInspectVariables}: a Tablesaw table as a table), the cells' files
 * ({@code dumpCell}, {@code source}), {@code debugInfo}, {@code modules}, and the session's start and end
 * ({@code initialize}, {@code attach}, {@code configurationDone}, {@code disconnect}). Breakpoints are kept
 * and reported as not verified: this kernel does not stop at them yet. Any other command is refused with a
 * message naming it.
 *
 * <p>Values are read only while no cell runs, and none of their code is run ({@link ValueTree}): a question
 * that comes while a cell runs waits at most {@link #WAIT}, then is answered with the variables as they were
 * when last read. Credentials are hidden as {@code %vars} hides them, and a value whose name names a credential
 * is not shown at all. Rendering a variable rich runs its renderer, as a cell would, for at most two seconds.
 */
final class Debugger {
  /** The seed of the cells' file names, as ipykernel's. */
  static final int HASH_SEED = 0xc70f6907;
  static final String SUFFIX = ".java";
  /** How long a question waits for the cell that runs. */
  static final Duration WAIT = Duration.ofMillis(200);

  private final Engine engine;
  private final Path cells;
  private final Map<String, JsonNode> breakpoints = new LinkedHashMap<>();
  private final Map<Integer, Object> references = new HashMap<>();
  /** The variables as last read, for a question that comes while a cell runs. */
  private ArrayNode lastVariables = Json.MAPPER.createArrayNode();
  /** The last number given to a value; never reused, so an old number cannot name another value. */
  private int lastReference;
  private boolean started;
  private int sequence;

  /** A debugger over {@code engine}'s session, writing the cells' files into {@code cells}. */
  Debugger(Engine engine, Path cells) {
    this.engine = engine;
    this.cells = cells;
  }

  /** The response to the DAP request {@code request}; a failure to answer it is a refusal that says why. */
  synchronized ObjectNode handle(JsonNode request) {
    try {
      return answer(request);
    } catch (RuntimeException e) {
      return refused(request, "Tablebook's debugger could not answer '" + request.path("command").asText("") + "': "
          + Secrets.redact(String.valueOf(e.getMessage())));
    }
  }

  private ObjectNode answer(JsonNode request) {
    String command = request.path("command").asText("");
    JsonNode arguments = request.path("arguments");
    return switch (command) {
      case "initialize" -> {
        started = true;
        yield response(request, capabilities());
      }
      case "attach", "configurationDone" -> response(request, null);
      case "disconnect" -> {
        started = false;
        breakpoints.clear();
        references.clear();
        lastVariables = Json.MAPPER.createArrayNode();
        yield response(request, null);
      }
      case "debugInfo" -> response(request, debugInfo());
      case "dumpCell" -> response(request, Json.object().put("sourcePath", dump(arguments.path("code").asText("")).toString()));
      case "source" -> source(request, arguments.path("source").path("path").asText(""));
      case "setBreakpoints" -> response(request, setBreakpoints(arguments));
      case "inspectVariables" -> response(request, Json.object().set("variables", inspect()));
      case "variables" -> response(request, children(arguments.path("variablesReference").asInt(0)));
      case "richInspectVariables" -> response(request, rich(arguments.path("variableName").asText("")));
      case "modules" -> response(request, modules());
      case "threads" -> response(request, Json.object().set("threads", Json.MAPPER.createArrayNode()));
      default -> refused(request, "Tablebook's debugger does not support '" + command + "' (yet): it answers the variable"
          + " explorer's questions, and does not stop at breakpoints");
    };
  }

  private static ObjectNode capabilities() {
    ObjectNode capabilities = Json.object();
    capabilities.put("supportsConfigurationDoneRequest", true);
    capabilities.put("supportsModulesRequest", true);
    return capabilities;
  }

  private ObjectNode debugInfo() {
    ObjectNode body = Json.object();
    body.put("isStarted", started);
    body.put("hashMethod", "Murmur2");
    body.put("hashSeed", Integer.toUnsignedLong(HASH_SEED));
    body.put("tmpFilePrefix", cells.toString() + java.io.File.separator);
    body.put("tmpFileSuffix", SUFFIX);
    ArrayNode list = body.putArray("breakpoints");
    breakpoints.forEach((source, lines) -> list.addObject().put("source", source).set("breakpoints", lines));
    body.putArray("stoppedThreads");
    body.put("richRendering", true);
    body.putArray("exceptionPaths");
    body.put("copyToGlobals", false);
    return body;
  }

  /** The file of a cell's code, named as the front end names it: prefix, murmur2 of the code, suffix. */
  Path fileOf(String code) {
    return cells.resolve(Murmur2.hash(code, HASH_SEED) + SUFFIX);
  }

  private Path dump(String code) {
    Path file = fileOf(code);
    try {
      Files.createDirectories(cells);
      AtomicFiles.write(file, code.getBytes(StandardCharsets.UTF_8), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The text of a cell's file; only the files of this kernel's cells are read. */
  private ObjectNode source(JsonNode request, String path) {
    Path file = Path.of(path).toAbsolutePath().normalize();
    if (!file.startsWith(cells) || !Files.isRegularFile(file)) {
      return refused(request, "source unavailable: " + path + " is not one of this kernel's cells");
    }
    try {
      return response(request, Json.object().put("content", Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return refused(request, "source unavailable: " + e.getMessage());
    }
  }

  private ObjectNode setBreakpoints(JsonNode arguments) {
    String source = arguments.path("source").path("path").asText("");
    ArrayNode kept = Json.MAPPER.createArrayNode();
    ArrayNode answered = Json.MAPPER.createArrayNode();
    for (JsonNode breakpoint : arguments.path("breakpoints")) {
      kept.addObject().put("line", breakpoint.path("line").asInt());
      answered.addObject().put("verified", false).put("line", breakpoint.path("line").asInt())
          .put("message", "Tablebook does not stop at breakpoints yet");
    }
    if (kept.isEmpty()) {
      breakpoints.remove(source);
    } else {
      breakpoints.put(source, kept);
    }
    return Json.object().set("breakpoints", answered);
  }

  /**
   * The session's variables now, read while no cell runs; or, when a cell holds the session longer than
   * {@link #WAIT}, as they were when last read (what is inside them is then shown once the cell has ended).
   */
  private ArrayNode inspect() {
    engine.whenFree(WAIT, () -> {
      references.clear();
      ArrayNode list = Json.MAPPER.createArrayNode();
      for (InspectedVariable variable : engine.inspectVariables(Duration.ZERO).orElse(List.of())) {
        entry(list, variable.name(), variable.value(), variable.type()).put("evaluateName", variable.name());
      }
      return list;
    }).ifPresent(list -> lastVariables = list);
    return lastVariables;
  }

  /** What is inside the value {@code reference} names, read while no cell runs; nothing while one does. */
  private ObjectNode children(int reference) {
    ArrayNode list = engine.whenFree(WAIT, () -> {
      ArrayNode children = Json.MAPPER.createArrayNode();
      for (ValueTree.Child child : ValueTree.children(references.get(reference))) {
        entry(children, child.name(), child.value(), child.type());
      }
      return children;
    }).orElseGet(Json.MAPPER::createArrayNode);
    return Json.object().set("variables", list);
  }

  /** A DAP variable: its text with credentials hidden, and all of it hidden when its name names a credential. */
  private ObjectNode entry(ArrayNode list, String name, Object value, String type) {
    boolean credential = Secrets.isCredentialName(name);
    return list.addObject().put("name", name).put("value", credential ? Secrets.MASK : Secrets.redact(ValueTree.text(value)))
        .put("type", type).put("variablesReference", credential ? 0 : reference(value));
  }

  /** A number that names {@code value} in later {@code variables} requests, or 0 when it has nothing inside. */
  private int reference(Object value) {
    if (!ValueTree.expandable(value)) {
      return 0;
    }
    int reference = ++lastReference;
    references.put(reference, value);
    return reference;
  }

  private ObjectNode rich(String name) {
    ObjectNode body = Json.object();
    Optional<MimeBundle> bundle = name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*") ? engine.renderVariable(name, WAIT) : Optional.empty();
    body.set("data", bundle.map(Json::data).orElse(Json.object()));
    body.set("metadata", bundle.map(Json::metadata).orElse(Json.object()));
    return body;
  }

  /** The jars and folders the session's magics added, as the modules of a Java session. */
  private ObjectNode modules() {
    ArrayNode list = Json.MAPPER.createArrayNode();
    List<Path> inputs = new ArrayList<>(engine.inputs());
    for (int i = 0; i < inputs.size(); i++) {
      list.addObject().put("id", i).put("name", inputs.get(i).getFileName().toString()).put("path", inputs.get(i).toString());
    }
    return Json.object().put("totalModules", inputs.size()).set("modules", list);
  }

  private ObjectNode response(JsonNode request, ObjectNode body) {
    ObjectNode response = Json.object();
    response.put("seq", ++sequence);
    response.put("type", "response");
    response.put("request_seq", request.path("seq").asInt());
    response.put("success", true);
    response.put("command", request.path("command").asText(""));
    if (body != null) {
      response.set("body", body);
    }
    return response;
  }

  private ObjectNode refused(JsonNode request, String message) {
    ObjectNode response = response(request, Json.object());
    response.put("success", false);
    response.put("message", message);
    return response;
  }
}
