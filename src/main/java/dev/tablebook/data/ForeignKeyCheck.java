package dev.tablebook.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks that every row's foreign-key values exist in the resource the key refers to. */
final class ForeignKeyCheck {
  private ForeignKeyCheck() {}

  static List<Problem> check(ParsedResource parsed, Function<String, ParsedResource> resources) {
    List<Problem> problems = new ArrayList<>();
    for (ForeignKey fk : parsed.resource().schema().foreignKeys()) {
      String targetName = fk.resource().isEmpty() ? parsed.resource().name() : fk.resource();
      ParsedResource target = resources.apply(targetName);
      if (target == null || !parsed.resource().schema().hasFields(fk.fields())
          || !target.resource().schema().hasFields(fk.referencedFields())) {
        continue; // reported as a descriptor problem
      }
      Set<List<String>> keys = new HashSet<>();
      for (int r = 0; r < target.rows().size(); r++) {
        keys.add(asText(target.key(r, fk.referencedFields())));
      }
      int column = parsed.resource().schema().indexOf(fk.fields().get(0)) + 1;
      for (int r = 0; r < parsed.rows().size(); r++) {
        List<Object> key = parsed.key(r, fk.fields());
        if (key.stream().allMatch(v -> v == null) || ParsedResource.hasInvalid(key) || keys.contains(asText(key))) {
          continue;
        }
        String shown = key.size() == 1 ? ValueParser.quote(ValueParser.show(key.get(0))) : asText(key).toString();
        problems.add(new Problem(parsed.file(), parsed.lines()[r], column, String.join(", ", fk.fields()),
            shown + " is not a " + String.join(", ", fk.referencedFields()) + " of " + targetName));
      }
    }
    return problems;
  }

  /** Keys compare as text so an integer key can refer to a number key of the same value. */
  private static List<String> asText(List<Object> key) {
    return key.stream().map(v -> v == null ? null : ValueParser.show(v)).toList();
  }
}
