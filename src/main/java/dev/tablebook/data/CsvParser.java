package dev.tablebook.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes,
 * CRLF or LF), remembering the physical line each record starts on so problems can name it.
 *
 * <p>Why hand-written, not a CSV library (tried in a spike, issue 25): the dialect here is only a
 * delimiter, a quote character and a header row ({@link CsvDialect}), so a reader costs little; what a
 * library must keep is the error locations and the lenient reading of text after a closing quote.
 * <ul>
 *   <li>univocity-parsers 2.9.1 (on the class path through Tablesaw): its line count before each record
 *       does give the physical first line of a record with quoted line breaks, but an unterminated quote is
 *       never an error, under any {@code UnescapedQuoteHandling}: the field silently swallows the rest of the
 *       file, so "a quoted field is not closed before the end of the file" and its line would be lost.
 *       For {@code "a"b,c} it gives {@code "a"b} (quotes kept), or one field {@code ab,c} running on to the
 *       next line, or null, or an error, never {@code ab} and {@code c} as this reader does. By default it also
 *       fails on a field over 4096 characters. And it is unmaintained: its last commit is from April 2021, and
 *       its issue 534 (2024) reports that the owner confirmed by e-mail that it is no longer maintained.
 *   <li>Commons CSV 1.10 (not a dependency): reports the unterminated quote, but only inside an
 *       {@code IOException}'s text ("(startline 2) EOF reached before encapsulated token finished"), and
 *       {@code "a"b,c} is an error ("invalid char between encapsulated token and delimiter") where this
 *       reader keeps {@code ab}: a behaviour change, for a new dependency in place of 130 lines.
 * </ul>
 * Jackson's CSV dataformat was not tried. Dialect options beyond these three (doubleQuote, escapeChar,
 * skipInitialSpace, commentChar, ...) are not read from descriptors; a library may pay off once they are.
 */
final class CsvParser {

  /** One record: the line it starts on and its raw field values. */
  record CsvRecord(int line, List<String> values) {}

  private final Reader in;
  private final CsvDialect dialect;
  private final String file;
  private final Consumer<Problem> problems;
  private int line = 1;
  private int pushedBack = -2;

  CsvParser(Reader in, CsvDialect dialect, String file, Consumer<Problem> problems) {
    this.in = in;
    this.dialect = dialect;
    this.file = file;
    this.problems = problems;
  }

  /** Reads every record; an empty last line is not a record. */
  List<CsvRecord> readAll() throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    int first = read();
    if (first != 0xFEFF && first != -1) {
      unread(first);
    }
    CsvRecord record;
    while ((record = next()) != null) {
      records.add(record);
    }
    return records;
  }

  private CsvRecord next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    unread(c);
    int start = line;
    List<String> values = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      c = read();
      if (c == dialect.quoteChar() && field.length() == 0) {
        readQuoted(field, start);
        c = read();
        while (c != -1 && c != dialect.delimiter() && c != '\n' && c != '\r') {
          field.append((char) c); // text after a closing quote is kept, as most readers do
          c = read();
        }
      }
      if (c == dialect.delimiter()) {
        values.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r' || c == -1) {
        if (c == '\r') {
          skipLf();
        }
        if (c != -1) {
          line++;
        }
        values.add(field.toString());
        return new CsvRecord(start, values);
      } else {
        field.append((char) c);
      }
    }
  }

  private void readQuoted(StringBuilder field, int start) throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        problems.accept(Problem.atLine(file, start, "a quoted field is not closed before the end of the file"));
        return;
      }
      if (c == dialect.quoteChar()) {
        int after = read();
        if (after == dialect.quoteChar()) {
          field.append((char) c);
          continue;
        }
        unread(after);
        return;
      }
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        line++;
        skipLf();
        field.append('\n');
        continue;
      }
      field.append((char) c);
    }
  }

  private void skipLf() throws IOException {
    int c = read();
    if (c != '\n') {
      unread(c);
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
