package dev.tablebook.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablebook.data.CsvParser.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
  private final List<Problem> problems = new ArrayList<>();

  private List<CsvRecord> parse(String text) throws IOException {
    return new CsvParser(new StringReader(text), CsvDialect.DEFAULT, "f.csv", problems::add).readAll();
  }

  @Test
  void plainRecordsKeepEmptyFields() throws IOException {
    assertEquals(List.of(new CsvRecord(1, List.of("a", "", "c")), new CsvRecord(2, List.of("", "", ""))),
        parse("a,,c\n,,\n"));
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> records = parse("\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n");
    assertEquals(List.of(
        new CsvRecord(1, List.of("a,b", "say \"hi\"")),
        new CsvRecord(2, List.of("two\nlines", "x")),
        new CsvRecord(4, List.of("last", "y"))), records);
    assertEquals(List.of(), problems);
  }

  @Test
  void crlfAndAByteOrderMarkAreHandled() throws IOException {
    assertEquals(List.of(new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", "d"))),
        parse("\uFEFFa,b\r\nc,d\r\n"));
  }

  @Test
  void aFinalRecordWithoutNewlineIsKept() throws IOException {
    assertEquals(List.of(new CsvRecord(1, List.of("a")), new CsvRecord(2, List.of("b"))), parse("a\nb"));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheRecordsFirstLine() throws IOException {
    parse("a\n\"open\nstill open\n");
    assertEquals(List.of("f.csv:2: a quoted field is not closed before the end of the file"),
        problems.stream().map(Problem::toString).toList());
  }
}
