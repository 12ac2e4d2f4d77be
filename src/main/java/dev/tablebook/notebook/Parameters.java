package dev.tablebook.notebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Papermill-style parameters for Java notebooks: the cell tagged {@code parameters} declares them
 * ({@code int year = 2023;}), and values given on the command line become an injected cell of typed
 * declarations after it. A value that does not fit its declared type is an error before anything runs.
 *
 * @since 0.1
 */
public final class Parameters {
  /** The tag of the cell that declares parameters. */
  public static final String TAG = "parameters";
  /** The tag of the cell Tablebook injects (and replaces on the next run). */
  public static final String INJECTED_TAG = "injected-parameters";

  private static final Pattern DECLARATION = Pattern.compile(
      "(?m)^\\s*(?:final\\s+)?(int|long|double|float|boolean|String|LocalDate|java\\.time\\.LocalDate)\\s+(\\w+)\\s*=\\s*([^;]*);");

  private Parameters() {}

  /** The declared parameters of a notebook, name to type, in order (empty when no cell is tagged). */
  public static Map<String, String> declared(Notebook notebook) {
    Map<String, String> declared = new LinkedHashMap<>();
    for (Notebook.Cell cell : notebook.cells()) {
      if (cell.tags().contains(TAG)) {
        Matcher m = DECLARATION.matcher(cell.source());
        while (m.find()) {
          declared.put(m.group(2), m.group(1).replace("java.time.", ""));
        }
      }
    }
    return declared;
  }

  /**
   * Injects {@code values} after the parameters cell (replacing an earlier injected cell).
   *
   * @throws IllegalArgumentException naming the parameter and why, before anything runs
   */
  public static void inject(Notebook notebook, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    Map<String, String> declared = declared(notebook);
    StringBuilder code = new StringBuilder("// Parameters injected by tablebook run\n");
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String type = declared.get(entry.getKey());
      if (type == null) {
        throw new IllegalArgumentException("unknown parameter \"" + entry.getKey() + "\"; the parameters cell declares: "
            + (declared.isEmpty() ? "none (tag a cell 'parameters')" : String.join(", ", declared.keySet())));
      }
      code.append(declaration(entry.getKey(), type, entry.getValue())).append('\n');
    }
    List<Notebook.Cell> cells = notebook.cells();
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i).tags().contains(INJECTED_TAG)) {
        notebook.remove(i);
      }
    }
    cells = notebook.cells();
    int at = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).tags().contains(TAG)) {
        at = i + 1;
      }
    }
    notebook.insert(at, Notebook.Cell.code("injected-parameters", code.toString().stripTrailing(), INJECTED_TAG));
  }

  /**
   * The injected declaration of parameter {@code name}: Java that compiles and gives exactly
   * {@code value} (NaN, ±Infinity, -0.0, any character of a string).
   *
   * @throws IllegalArgumentException naming the parameter, its type and the value that does not fit
   */
  static String declaration(String name, String type, String value) {
    return ParameterLiterals.declaredType(type) + " " + name + " = " + ParameterLiterals.literal(name, type, value) + ";";
  }
}
