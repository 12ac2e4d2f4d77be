package dev.tablebook.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Blanks what changes from run to run in Java output before outputs are compared: identity hash
 * codes ({@code Foo@1b6d3586}), durations printed by {@code %time}, temporary paths, ANSI colour
 * codes, plus the user's own rules ({@code --sanitize FILE}: lines of {@code REGEX => REPLACEMENT}).
 *
 * @since 0.1
 */
public final class OutputNormalizer {
  private record Rule(Pattern pattern, String replacement) {}

  private static final List<Rule> BUILT_IN = List.of(
      new Rule(Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]"), ""),
      new Rule(Pattern.compile("@[0-9a-f]{5,8}\\b"), "@HASH"),
      new Rule(Pattern.compile("Wall time: [0-9.]+ m?s"), "Wall time: DURATION"),
      new Rule(Pattern.compile("(/tmp|/var/folders|/private/var)/[^\\s\"'<>]+"), "TEMP_PATH"));

  private final List<Rule> rules;

  private OutputNormalizer(List<Rule> rules) {
    this.rules = rules;
  }

  /** The built-in rules only. */
  public static OutputNormalizer standard() {
    return new OutputNormalizer(BUILT_IN);
  }

  /** The built-in rules and those of {@code file} ({@code REGEX => REPLACEMENT} per line, {@code #} comments). */
  public static OutputNormalizer withSanitizers(Path file) throws IOException {
    List<Rule> rules = new ArrayList<>(BUILT_IN);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int arrow = line.indexOf(" => ");
      if (arrow < 0) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected REGEX => REPLACEMENT");
      }
      try {
        rules.add(new Rule(Pattern.compile(line.substring(0, arrow)), line.substring(arrow + 4)));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a valid regular expression: " + e.getDescription());
      }
    }
    return new OutputNormalizer(rules);
  }

  /** {@code text} with every rule applied. */
  public String normalize(String text) {
    String result = text;
    for (Rule rule : rules) {
      result = rule.pattern().matcher(result).replaceAll(java.util.regex.Matcher.quoteReplacement(rule.replacement()));
    }
    return result;
  }
}
