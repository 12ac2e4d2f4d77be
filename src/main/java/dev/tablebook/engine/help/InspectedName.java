package dev.tablebook.engine.help;

import java.util.ArrayList;
import java.util.List;

/**
 * What a JShell documentation signature names: the type as written ({@code Table}, {@code java.util.List})
 * and, for a member, its name ({@code <init>} for a constructor) and erased simple parameter types
 * ({@code null} for a field). Read from signatures such as {@code Table Table.create(String name)}.
 */
record InspectedName(String owner, String member, List<String> parameterTypes) {

  /** The name a signature describes. */
  static InspectedName of(String signature) {
    int paren = signature.indexOf('(');
    String head = paren < 0 ? signature : signature.substring(0, paren);
    int space = lastTopLevelSpace(head);
    String qualified = eraseGenerics(head.substring(space + 1)).replace("..", ".").strip(); // List<E>.<E>of
    if (space < 0 && paren < 0) {
      return new InspectedName(qualified, null, null); // a type
    }
    List<String> parameters = paren < 0 ? null : parameters(signature.substring(paren + 1, signature.lastIndexOf(')')));
    if (space < 0) {
      return new InspectedName(qualified, "<init>", parameters); // a constructor has no return type
    }
    int dot = qualified.lastIndexOf('.');
    return new InspectedName(qualified.substring(0, Math.max(0, dot)), qualified.substring(dot + 1), parameters);
  }

  /** A type as compared with source: no generics, no annotations, no package, varargs as an array. */
  static String simpleType(String type) {
    String plain = eraseGenerics(type.replace("...", "[]")).replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").strip();
    return plain.substring(plain.lastIndexOf('.', plain.indexOf('[') < 0 ? plain.length() : plain.indexOf('[')) + 1);
  }

  private static List<String> parameters(String list) {
    List<String> types = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= list.length(); i++) {
      char c = i < list.length() ? list.charAt(i) : ',';
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ',' && depth == 0) {
        String parameter = list.substring(start, i).strip();
        if (!parameter.isEmpty()) {
          int name = lastTopLevelSpace(parameter);
          types.add(simpleType(name < 0 ? parameter : parameter.substring(0, name)));
        }
        start = i + 1;
      }
    }
    return types;
  }

  private static int lastTopLevelSpace(String text) {
    int depth = 0;
    int found = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ' ' && depth == 0) {
        found = i;
      }
    }
    return found;
  }

  private static String eraseGenerics(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
