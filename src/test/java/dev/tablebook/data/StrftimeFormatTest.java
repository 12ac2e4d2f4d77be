package dev.tablebook.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class StrftimeFormatTest {
  @Test
  void everyCharacterThatIsNotADirectiveMatchesItself() {
    // [ ] # { } are pattern syntax to DateTimeFormatter: a descriptor's format must not be read as such.
    assertEquals(LocalDate.of(2024, 5, 16),
        LocalDate.parse("16]05[2024#{}x'%", StrftimeFormat.toFormatter("%d]%m[%Y#{}x'%%")));
    assertEquals(LocalDate.of(2024, 5, 16), LocalDate.parse("2024ab16.05", StrftimeFormat.toFormatter("%Yab%d.%m")));
    assertEquals(LocalDate.of(2024, 5, 16), LocalDate.parse("]2024-05-16", StrftimeFormat.toFormatter("]%Y-%m-%d")));
  }

  @Test
  void aFormatWithoutDirectivesIsLiteralTextNotAnError() {
    assertThrows(DateTimeParseException.class, () -> LocalDate.parse("2024-05-16", StrftimeFormat.toFormatter("]")));
  }

  @Test
  void anUnknownDirectiveIsRefusedWithItsName() {
    assertEquals("unsupported date directive %Q",
        assertThrows(IllegalArgumentException.class, () -> StrftimeFormat.toFormatter("%Y-%Q")).getMessage());
  }
}
