package dev.tablebook.engine.help;

import com.sun.source.doctree.BlockTagTree;
import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A doc comment as plain text for an editor's tooltip: its summary (the first sentence) or all of
 * it, with HTML and inline tags reduced to their text and the block tags as labelled lines.
 */
final class JavadocText {
  private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
      "nbsp", " ", "#47", "/", "apos", "'");

  private JavadocText() {}

  /** The first sentence. */
  static String summary(DocCommentTree comment) {
    return tidy(inline(comment.getFirstSentence()));
  }

  /** The whole comment: its body, then its parameters, return value, exceptions and other tags. */
  static String full(DocCommentTree comment) {
    StringBuilder text = new StringBuilder(tidy(inline(comment.getFullBody())));
    String lastLabel = null;
    for (DocTree tag : comment.getBlockTags()) {
      String label = label(tag);
      if (!label.equals(lastLabel)) {
        text.append("\n\n").append(label).append(':');
        lastLabel = label;
      }
      text.append("\n  ").append(blockText(tag));
    }
    return text.toString().strip();
  }

  private static String label(DocTree tag) {
    return switch (tag.getKind()) {
      case PARAM -> "Parameters";
      case RETURN -> "Returns";
      case THROWS, EXCEPTION -> "Throws";
      case SEE -> "See also";
      case SINCE -> "Since";
      case DEPRECATED -> "Deprecated";
      default -> tag instanceof BlockTagTree block ? capitalised(block.getTagName()) : tag.getKind().toString();
    };
  }

  private static String blockText(DocTree tag) {
    if (tag instanceof ParamTree p) {
      return (p.isTypeParameter() ? "<" + p.getName() + ">" : p.getName().toString()) + " - " + oneLine(p.getDescription());
    } else if (tag instanceof ReturnTree r) {
      return oneLine(r.getDescription());
    } else if (tag instanceof ThrowsTree t) {
      return t.getExceptionName() + " - " + oneLine(t.getDescription());
    } else if (tag instanceof SeeTree s) {
      return oneLine(s.getReference());
    } else if (tag instanceof SinceTree s) {
      return oneLine(s.getBody());
    } else if (tag instanceof DeprecatedTree d) {
      return oneLine(d.getBody());
    }
    return tag.toString().replaceFirst("^@\\S+\\s*", "");
  }

  private static String oneLine(List<? extends DocTree> trees) {
    return inline(trees).replaceAll("\\s+", " ").strip();
  }

  /** Text with inline tags and HTML reduced: paragraphs and list items become line breaks. */
  private static String inline(List<? extends DocTree> trees) {
    StringBuilder out = new StringBuilder();
    for (DocTree tree : trees) {
      if (tree instanceof TextTree t) {
        out.append(t.getBody().replaceAll("\\s+", " "));
      } else if (tree instanceof LiteralTree l) {
        out.append(l.getBody().getBody());
      } else if (tree instanceof LinkTree l) {
        out.append(l.getLabel().isEmpty() ? reference(l.getReference().getSignature()) : inline(l.getLabel()));
      } else if (tree instanceof EntityTree e) {
        out.append(ENTITIES.getOrDefault(e.getName().toString(), "&" + e.getName() + ";"));
      } else if (tree instanceof StartElementTree s) {
        out.append(switch (s.getName().toString().toLowerCase(Locale.ROOT)) {
          case "p", "pre", "ul", "ol", "table", "blockquote", "dl" -> "\n\n";
          case "li" -> "\n - ";
          case "br", "tr", "dt" -> "\n";
          case "dd" -> "\n   ";
          default -> "";
        });
      } else if (tree instanceof EndElementTree e) {
        out.append(switch (e.getName().toString().toLowerCase(Locale.ROOT)) {
          case "pre", "ul", "ol", "table", "blockquote", "dl" -> "\n\n";
          default -> "";
        });
      } else {
        out.append(tree.toString().replaceAll("^\\{@\\S+\\s*|}$", ""));
      }
    }
    return out.toString();
  }

  private static String reference(String signature) {
    return signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
  }

  private static String capitalised(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String tidy(String text) {
    return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]++(?!- )", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
