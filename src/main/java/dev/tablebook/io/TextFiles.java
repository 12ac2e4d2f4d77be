package dev.tablebook.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text files strictly as UTF-8, with errors that say where: a folder is refused by name, and an
 * invalid byte is reported with its line, column and offset rather than as a bare
 * {@link CharacterCodingException}.
 *
 * @since 0.2
 */
public final class TextFiles {
  private TextFiles() {}

  /** The text of {@code file}; a {@link FileSystemException} names the file, {@link NotUtf8Exception} the place. */
  public static String readUtf8(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a folder, not a file");
    }
    return decode(file.toString(), Files.readAllBytes(file));
  }

  /** {@code bytes} as UTF-8 text; {@code name} is used in the error. */
  public static String decode(String name, byte[] bytes) throws NotUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotUtf8Exception(name, bytes, in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** A file that is not UTF-8 text: the message is {@code NAME:LINE:COLUMN: not UTF-8 text (byte 0xFF at offset N)}. */
  public static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String name, byte[] bytes, int offset) {
      super(name + ":" + line(bytes, offset) + ":" + column(bytes, offset) + ": not UTF-8 text (byte 0x"
          + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset + "); save the file as UTF-8");
    }

    private static int line(byte[] bytes, int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return line;
    }

    private static int column(byte[] bytes, int offset) {
      int start = offset;
      while (start > 0 && bytes[start - 1] != '\n') {
        start--;
      }
      String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
      return before.codePointCount(0, before.length()) + 1;
    }
  }
}
