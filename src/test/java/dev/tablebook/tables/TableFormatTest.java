package dev.tablebook.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableFormatTest {

  private static Table sample() {
    DoubleColumn total = DoubleColumn.create("total_usd_bn", 240.11, 107.0);
    total.appendMissing();
    return Table.create("sample",
        IntColumn.create("year", 2023, 2018, 2015),
        total,
        StringColumn.create("note", "record | <b>high</b>", "a, \"quoted\"\nnote", ""),
        BooleanColumn.create("ok", true, false, true));
  }

  @Test
  void textAlignsNumbersRightLeavesNoTrailingSpaceAndShowsTheShape() {
    assertEquals(String.join("\n",
        "year  total_usd_bn  note                  ok",
        "----  ------------  --------------------  -----",
        "2023        240.11  record | <b>high</b>  true",
        "2018           107  a, \"quoted\" note      false",
        "2015            NA  NA                    true",
        "3 rows × 4 columns", ""), TableFormat.TEXT.render(sample()));
  }

  @Test
  void markdownEscapesPipesAndHtml() {
    assertEquals(String.join("\n",
        "| year | total_usd_bn | note | ok |",
        "| ---: | ---: | --- | --- |",
        "| 2023 | 240.11 | record \\| &lt;b&gt;high&lt;/b&gt; | true |",
        "| 2018 | 107 | a, \"quoted\"<br>note | false |",
        "| 2015 | *NA* | *NA* | true |", ""), TableFormat.MARKDOWN.render(sample()));
  }

  @Test
  void csvQuotesOnlyWhatNeedsQuoting() {
    assertEquals(String.join("\n",
        "year,total_usd_bn,note,ok",
        "2023,240.11,record | <b>high</b>,true",
        "2018,107,\"a, \"\"quoted\"\"\nnote\",false",
        "2015,,,true", ""), TableFormat.CSV.render(sample()));
  }

  @Test
  void jsonKeepsTypesAndMissingValuesAsNull() {
    assertEquals(String.join("\n",
        "[ {",
        "  \"year\" : 2023,",
        "  \"total_usd_bn\" : 240.11,",
        "  \"note\" : \"record | <b>high</b>\",",
        "  \"ok\" : true",
        "}, {",
        "  \"year\" : 2018,",
        "  \"total_usd_bn\" : 107,",
        "  \"note\" : \"a, \\\"quoted\\\"\\nnote\",",
        "  \"ok\" : false",
        "}, {",
        "  \"year\" : 2015,",
        "  \"total_usd_bn\" : null,",
        "  \"note\" : null,",
        "  \"ok\" : true",
        "} ]", ""), TableFormat.JSON.render(sample()));
  }

  @Test
  void numbersPrintAsWrittenInTheData() {
    assertEquals("240.11", CellText.number(240.11));
    assertEquals("107", CellText.number(107.0));
    assertEquals("0.000001", CellText.number(1e-6));
    assertEquals("12000000000", CellText.number(1.2e10));
    assertEquals("0", CellText.number(-0.0));
  }

  @Test
  void formatNamesIgnoreCase() {
    assertEquals(TableFormat.MARKDOWN, TableFormat.forName("Markdown"));
  }
}
