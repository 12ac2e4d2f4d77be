package dev.tablebook.engine.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Library classes that cells get with some of their methods sent to the toolkit: Tablesaw jsplot's
 * {@code Plot} and {@code Browser}, whose display calls open a desktop browser, so that in a notebook
 * they show the figure in the cell instead ({@code dev.tablebook.charts.JsplotInNotebook}).
 *
 * <p>A redirected class is the library's own class file with the body of each public method for which
 * the handler has a public static method of the same name, parameters and return type replaced by a
 * call to it (an instance method passes its arguments, not {@code this}). Everything else (other
 * methods, fields, constants) is the library's own, so the class has exactly the API cells compiled
 * against, whatever overloads the library's version has; a new overload without a handler keeps the
 * library's behaviour. The kernel's own copy of the class is untouched: only cells' loader sees the
 * redirected one ({@link CellParentLoader}).
 */
final class CellRedirects {
  private static final String JSPLOT_IN_NOTEBOOK = "dev.tablebook.charts.JsplotInNotebook";
  /** Redirected class (binary name) to the class of its handlers. */
  private static final Map<String, String> HANDLERS = Map.of(
      "tech.tablesaw.plotly.Plot", JSPLOT_IN_NOTEBOOK,
      "tech.tablesaw.plotly.display.Browser", JSPLOT_IN_NOTEBOOK);

  private CellRedirects() {}

  /** Whether cells get {@code className} redirected. */
  static boolean isRedirected(String className) {
    return HANDLERS.containsKey(className);
  }

  /** The class file of {@code className} as cells get it, made from {@code kernel}'s copy. */
  static byte[] classFile(String className, ClassLoader kernel) throws ClassNotFoundException {
    try (InputStream in = kernel.getResourceAsStream(className.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(className);
      }
      return redirect(in.readAllBytes(), HANDLERS.get(className).replace('.', '/'), handlers(className, kernel));
    } catch (IOException e) {
      throw new ClassNotFoundException(className + " could not be read: " + e, e);
    }
  }

  /** The methods of {@code className} that cells get redirected, as name plus descriptor (for tests). */
  static Set<String> redirectedMethods(String className, ClassLoader kernel) throws ClassNotFoundException {
    Set<String> handled = handlers(className, kernel);
    Set<String> redirected = new TreeSet<>();
    for (Method method : Class.forName(className, false, kernel).getDeclaredMethods()) {
      String key = method.getName() + Type.getMethodDescriptor(method);
      if (Modifier.isPublic(method.getModifiers()) && handled.contains(key)) {
        redirected.add(key);
      }
    }
    return redirected;
  }

  /** Name plus descriptor of each public static method of {@code className}'s handler class. */
  private static Set<String> handlers(String className, ClassLoader kernel) throws ClassNotFoundException {
    Set<String> handled = new TreeSet<>();
    for (Method method : Class.forName(HANDLERS.get(className), false, kernel).getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        handled.add(method.getName() + Type.getMethodDescriptor(method));
      }
    }
    return handled;
  }

  /** {@code classFile} with the public methods in {@code handled} calling {@code handler} (internal name) instead. */
  private static byte[] redirect(byte[] classFile, String handler, Set<String> handled) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
        if ((access & Opcodes.ACC_PUBLIC) == 0 || name.startsWith("<") || !handled.contains(name + descriptor)) {
          return method;
        }
        method.visitCode();
        int slot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (Type argument : Type.getArgumentTypes(descriptor)) {
          method.visitVarInsn(argument.getOpcode(Opcodes.ILOAD), slot);
          slot += argument.getSize();
        }
        method.visitMethodInsn(Opcodes.INVOKESTATIC, handler, name, descriptor, false);
        method.visitInsn(Type.getReturnType(descriptor).getOpcode(Opcodes.IRETURN));
        method.visitMaxs(0, 0);
        method.visitEnd();
        return null; // the library's own body is not copied
      }
    }, 0);
    return writer.toByteArray();
  }
}
