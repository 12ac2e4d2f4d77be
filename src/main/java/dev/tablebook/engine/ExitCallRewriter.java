package dev.tablebook.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Rewrites calls (and method references) to {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} into {@link ExitGuard}. */
final class ExitCallRewriter {
  private static final String GUARD = ExitGuard.class.getName().replace('.', '/');

  private ExitCallRewriter() {}

  /** The class file with every exit call rewritten; the input itself when it has none. */
  static byte[] rewrite(byte[] classFile) {
    if (!mentions(classFile, EXIT) && !mentions(classFile, HALT)) {
      return classFile; // a call of exit or halt needs its name in the constant pool: nothing to rewrite, no parse
    }
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(reader, 0);
    boolean[] changed = {false};
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
          @Override
          public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
            String replacement = replacement(opcode, owner, method, desc);
            if (replacement == null) {
              super.visitMethodInsn(opcode, owner, method, desc, itf);
              return;
            }
            changed[0] = true;
            String guardDesc = opcode == Opcodes.INVOKESTATIC ? "(I)V" : "(Ljava/lang/Runtime;I)V";
            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, replacement, guardDesc, false);
          }

          @Override
          public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
            for (int i = 0; i < args.length; i++) {
              if (args[i] instanceof Handle handle) {
                int opcode = handle.getTag() == Opcodes.H_INVOKESTATIC ? Opcodes.INVOKESTATIC
                    : handle.getTag() == Opcodes.H_INVOKEVIRTUAL ? Opcodes.INVOKEVIRTUAL : -1;
                String replacement = replacement(opcode, handle.getOwner(), handle.getName(), handle.getDesc());
                if (replacement != null) {
                  changed[0] = true;
                  String guardDesc = opcode == Opcodes.INVOKESTATIC ? "(I)V" : "(Ljava/lang/Runtime;I)V";
                  args[i] = new Handle(Opcodes.H_INVOKESTATIC, GUARD, replacement, guardDesc, false);
                }
              }
            }
            super.visitInvokeDynamicInsn(name, desc, bootstrap, args);
          }
        };
      }
    }, 0);
    return changed[0] ? writer.toByteArray() : classFile;
  }

  private static final byte[] EXIT = {'e', 'x', 'i', 't'};
  private static final byte[] HALT = {'h', 'a', 'l', 't'};

  /** Whether {@code bytes} hold {@code word} anywhere (a constant-pool name is stored as these plain bytes). */
  static boolean mentions(byte[] bytes, byte[] word) {
    outer:
    for (int i = 0; i <= bytes.length - word.length; i++) {
      for (int j = 0; j < word.length; j++) {
        if (bytes[i + j] != word[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String replacement(int opcode, String owner, String method, String desc) {
    if (!desc.equals("(I)V")) {
      return null;
    }
    if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System") && method.equals("exit")) {
      return "systemExit";
    }
    if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")) {
      return method.equals("exit") ? "runtimeExit" : method.equals("halt") ? "runtimeHalt" : null;
    }
    return null;
  }
}
