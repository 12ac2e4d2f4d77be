package dev.tablebook.notebook;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A field declaration read by javac's own parser (lexer errors such as out-of-range literals
 * included), and the value of its initializer, for the forms the injected parameters use.
 */
record ParsedDeclaration(String type, String name, Object value) {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  private static final StandardJavaFileManager FILES = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8);
  private static final Map<String, Object> CONSTANTS = Map.of(
      "Double.NaN", Double.NaN, "Double.POSITIVE_INFINITY", Double.POSITIVE_INFINITY,
      "Double.NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY, "Float.NaN", Float.NaN,
      "Float.POSITIVE_INFINITY", Float.POSITIVE_INFINITY, "Float.NEGATIVE_INFINITY", Float.NEGATIVE_INFINITY);

  /** Parses {@code declaration} as the only member of a class; fails with javac's diagnostics. */
  static ParsedDeclaration parse(String declaration) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///P.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "class P {\n" + declaration + "\n}\n";
      }
    };
    JavacTask task = (JavacTask) JAVAC.getTask(null, FILES, diagnostics, List.of("-proc:none"), null, List.of(source));
    CompilationUnitTree unit = task.parse().iterator().next();
    if (!diagnostics.getDiagnostics().isEmpty()) {
      throw new AssertionError("javac: " + diagnostics.getDiagnostics().stream().map(d -> d.getMessage(null))
          .collect(Collectors.joining("; ")) + " in: " + declaration);
    }
    List<? extends Tree> members = ((ClassTree) unit.getTypeDecls().get(0)).getMembers();
    if (members.size() != 1 || !(members.get(0) instanceof VariableTree field)) {
      throw new AssertionError("not one declaration: " + declaration);
    }
    return new ParsedDeclaration(field.getType().toString(), field.getName().toString(), value(field.getInitializer()));
  }

  private static Object value(ExpressionTree expression) {
    if (expression instanceof LiteralTree literal) {
      return literal.getValue();
    }
    if (expression instanceof UnaryTree unary && unary.getKind() == Tree.Kind.UNARY_MINUS) {
      Object operand = value(unary.getExpression());
      if (operand instanceof Double d) {
        return -d;
      }
      if (operand instanceof Float f) {
        return -f;
      }
    }
    if (expression instanceof MemberSelectTree select && CONSTANTS.containsKey(select.toString())) {
      return CONSTANTS.get(select.toString());
    }
    if (expression instanceof MethodInvocationTree call && call.getMethodSelect().toString().equals("java.time.LocalDate.parse")
        && call.getArguments().size() == 1 && value(call.getArguments().get(0)) instanceof String text) {
      return LocalDate.parse(text);
    }
    throw new AssertionError("not a form the injected parameters use: " + expression);
  }
}
