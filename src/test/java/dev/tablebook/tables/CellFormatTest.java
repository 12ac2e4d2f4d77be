package dev.tablebook.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellFormatTest {

  @Test
  void decimalsRoundHalfUpAndAlwaysShow() {
    assertEquals("2.50", CellFormat.decimals(2).format(2.5));
    assertEquals("240.1", CellFormat.decimals(1).format(240.11));
    assertEquals("0.13", CellFormat.decimals(2).format(0.125));
    assertEquals("0.0", CellFormat.decimals(1).format(-0.01));
    assertEquals("107", CellFormat.decimals(0).format(107));
  }

  @Test
  void thousandsSeparatorsIgnoreTheLocale() {
    assertEquals("12,345,678.9", CellFormat.decimals(1).thousands().format(12_345_678.91));
    assertEquals("-1,234", CellFormat.decimals(0).thousands().format(-1234));
    assertEquals("999", CellFormat.decimals(0).thousands().format(999));
  }

  @Test
  void percentCurrencyAndSuffixes() {
    assertEquals("26.3%", CellFormat.percent(1).format(0.263));
    assertEquals("$240.1 bn", CellFormat.currency("$", 1).suffix(" bn").format(240.11));
    assertEquals("$1,234.00", CellFormat.currency("$", 2).format(1234));
    assertEquals("26.3 %", CellFormat.decimals(1).suffix(" %").format(26.3));
  }

  @Test
  void datesAndValuesAsWritten() {
    assertEquals("16 May 2024", CellFormat.date("d MMM yyyy").format(LocalDate.of(2024, 5, 16)));
    assertEquals("2024-05-16", CellFormat.asWritten().format(LocalDate.of(2024, 5, 16)));
    assertEquals("240.11", CellFormat.asWritten().format(240.11));
    assertEquals("", CellFormat.decimals(1).format(null));
    assertEquals("Russia", CellFormat.decimals(1).format("Russia"));
  }

  @Test
  void plotlyGetsTheSameFormatAsD3() {
    assertEquals(",.1f", CellFormat.decimals(1).thousands().d3Format());
    assertEquals(".1%", CellFormat.percent(1).d3Format());
    assertEquals("", CellFormat.percent(1).suffix());
    assertEquals("$", CellFormat.currency("$", 1).prefix());
    assertEquals("", CellFormat.asWritten().d3Format());
  }

  @Test
  void badFormatsFailWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> CellFormat.decimals(-1));
    assertThrows(IllegalArgumentException.class, () -> CellFormat.date("yyyy-MM-dd'"));
  }
}
