package dev.tablebook.engine.output;

import dev.tablebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;

/**
 * How many bytes (UTF-8) one cell may still send: its printed text (stdout and stderr) may take the
 * limit, and so may what it shows (displays, their updates and its value), so a cell that printed a
 * lot still shows its value. What does not fit is cut, with a note saying so; the cell goes on.
 * The cell's error is always sent, each of its texts cut to {@value #MAX_ERROR_TEXT} characters.
 */
public final class OutputBudget {
  static final int MAX_ERROR_TEXT = 16 * 1024;

  private final long limit;
  private long printed;
  private long shown;
  private boolean textCut;

  OutputBudget(long limit) {
    this.limit = limit;
  }

  /**
   * What to send in place of {@code output}: itself when it fits, else a cut version and a note;
   * nothing for printed text once the limit was reached.
   */
  List<Output> admit(Output output) {
    if (output instanceof Output.Error error) {
      return List.of(bounded(error));
    }
    if (output instanceof Output.Stream stream) {
      return admitText(stream);
    }
    if (output instanceof Output.ClearOutput) {
      return List.of(output);
    }
    MimeBundle bundle = output instanceof Output.DisplayData d ? d.bundle()
        : output instanceof Output.UpdateDisplayData u ? u.bundle() : ((Output.ExecuteResult) output).bundle();
    long size = 0;
    for (String value : bundle.data().values()) {
      size += utf8Length(value);
    }
    if (shown + size <= limit) {
      shown += size;
      return List.of(output);
    }
    String note = "[output cut: this " + kind(output) + " is " + describe(size) + ", more than the "
        + describe(limit - shown) + " left of what one cell may show (" + describe(limit) + "); the cell goes on]";
    String text = cut(bundle.plainText(), limit - shown);
    shown += utf8Length(text);
    MimeBundle small = MimeBundle.of(MimeBundle.TEXT_PLAIN, text.isEmpty() ? note : text + "\n" + note);
    return List.of(output instanceof Output.DisplayData d ? new Output.DisplayData(small, d.displayId())
        : output instanceof Output.UpdateDisplayData u ? new Output.UpdateDisplayData(small, u.displayId())
        : new Output.ExecuteResult(small));
  }

  private List<Output> admitText(Output.Stream stream) {
    if (textCut) {
      return List.of();
    }
    long bytes = utf8Length(stream.text());
    if (printed + bytes <= limit) {
      printed += bytes;
      return List.of(stream);
    }
    textCut = true;
    String kept = cut(stream.text(), limit - printed);
    printed = limit;
    Output.Stream note = new Output.Stream("stderr", "\n[output cut: this cell printed more than "
        + describe(limit) + "; the rest is dropped, the cell goes on]\n");
    return kept.isEmpty() ? List.of(note) : List.of(new Output.Stream(stream.name(), kept), note);
  }

  /** {@code error} with each of its texts cut to {@value #MAX_ERROR_TEXT} characters. */
  public static Output.Error bounded(Output.Error error) {
    List<String> traceback = new ArrayList<>();
    int left = MAX_ERROR_TEXT;
    for (String line : error.traceback()) {
      if (left <= 0) {
        traceback.add("[" + (error.traceback().size() - traceback.size()) + " more lines cut]");
        break;
      }
      String kept = line.length() > left ? line.substring(0, left) + " [cut]" : line;
      traceback.add(kept);
      left -= kept.length();
    }
    String evalue = error.evalue().length() > MAX_ERROR_TEXT ? error.evalue().substring(0, MAX_ERROR_TEXT) + " [cut]" : error.evalue();
    return new Output.Error(error.ename(), evalue, traceback);
  }

  private static String kind(Output output) {
    return output instanceof Output.ExecuteResult ? "cell's value" : output instanceof Output.UpdateDisplayData ? "display update" : "display";
  }

  /** The longest prefix of {@code text} of at most {@code bytes} UTF-8 bytes, never splitting a character. */
  static String cut(String text, long bytes) {
    if (bytes <= 0) {
      return "";
    }
    long count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      count += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (count > bytes) {
        return text.substring(0, i);
      }
      i += Character.charCount(cp);
    }
    return text;
  }

  static long utf8Length(String text) {
    long count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        count++;
      } else if (c < 0x800) {
        count += 2;
      } else if (Character.isHighSurrogate(c)) {
        count += 4;
        i++;
      } else {
        count += 3;
      }
    }
    return count;
  }

  private static String describe(long bytes) {
    return bytes >= 1 << 20 ? String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0)
        : bytes >= 1024 ? (bytes / 1024) + " KiB" : bytes + " bytes";
  }
}
