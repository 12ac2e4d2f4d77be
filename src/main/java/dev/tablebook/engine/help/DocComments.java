package dev.tablebook.engine.help;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The doc comment of a class or member in one Java source file, found by parsing the file (no
 * compilation, so its imports need not resolve); also parses a comment text JShell found.
 */
final class DocComments {
  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

  private DocComments() {}

  /** The comment of {@code name} (its owner's simple name is the last of {@code classes}, outermost first) in {@code parsed}. */
  static Optional<DocCommentTree> find(Parsed parsed, List<String> classes, InspectedName name) {
    TreePath path = new TreePath(parsed.unit());
    List<? extends Tree> members = parsed.unit().getTypeDecls();
    for (String simpleName : classes) {
      ClassTree type = members.stream().filter(t -> t instanceof ClassTree c && c.getSimpleName().contentEquals(simpleName))
          .map(ClassTree.class::cast).findFirst().orElse(null);
      if (type == null) {
        return Optional.empty();
      }
      path = new TreePath(path, type);
      members = type.getMembers();
    }
    if (name.member() != null) {
      Tree member = member(members, name);
      if (member == null) {
        return Optional.empty();
      }
      path = new TreePath(path, member);
    }
    return Optional.ofNullable(parsed.trees().getDocCommentTree(path));
  }

  /** A comment's text as JShell gives it (no {@code /**}, lines without their stars) as a tree. */
  static Optional<DocCommentTree> ofText(String javadoc) {
    Parsed parsed = parse("/**\n" + javadoc.replace("*/", "*&#47;") + "\n*/ class Documented {}");
    return Optional.ofNullable(parsed.trees().getDocCommentTree(new TreePath(new TreePath(parsed.unit()),
        parsed.unit().getTypeDecls().get(0))));
  }

  /** The member {@code name} names: by name and parameter types; by name and count; else the first by name. */
  private static Tree member(List<? extends Tree> members, InspectedName name) {
    Tree byCount = null;
    Tree byName = null;
    for (Tree member : members) {
      if (member instanceof MethodTree method && method.getName().contentEquals(name.member())) {
        List<String> types = method.getParameters().stream().map(p -> InspectedName.simpleType(p.getType().toString())).toList();
        if (name.parameterTypes() != null && types.equals(name.parameterTypes())) {
          return member;
        }
        if (name.parameterTypes() != null && types.size() == name.parameterTypes().size() && byCount == null) {
          byCount = member;
        }
        byName = byName == null ? member : byName;
      } else if (member instanceof VariableTree field && field.getName().contentEquals(name.member())) {
        return member;
      }
    }
    return byCount != null ? byCount : byName;
  }

  /** A parsed source file, to look up several members in. */
  record Parsed(CompilationUnitTree unit, DocTrees trees) {}

  /** Parses {@code source}, without compiling it. */
  static Parsed parse(String source) {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Documented.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavacTask task = (JavacTask) COMPILER.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(file));
    try {
      return new Parsed(task.parse().iterator().next(), DocTrees.instance(task));
    } catch (IOException e) {
      throw new IllegalStateException("a source in memory cannot fail to read", e);
    }
  }
}
