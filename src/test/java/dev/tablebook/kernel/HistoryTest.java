package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

  @Test
  void sessionsFollowEachOtherAndTheFileIsPrivate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tablebook/history.jsonl");
    History first = new History(file);
    first.add(1, "int a = 1;", null);
    first.add(2, "a + 1", "2");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    History second = new History(file);
    assertEquals(first.session() + 1, second.session());
    second.add(1, "a + 1", "2");
    assertEquals(List.of(new History.Entry(first.session(), 1, "int a = 1;", null)), second.range(-1, 1, 2));
    assertEquals(2, second.search("a + *", 0, false).size());
    assertEquals(1, second.search("a + *", 0, true).size());
  }

  @Test
  void aLineCutShortByACrashIsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    Files.writeString(file, "[1,1,\"x = 1;\",null]\n[1,2,\"y =");
    assertEquals(List.of(new History.Entry(1, 1, "x = 1;", null)), new History(file).tail(10, false));
  }

  @Test
  void aHistoryThatCannotBeWrittenDoesNotStopTheKernel(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "");
    History history = new History(blocker.resolve("history.jsonl"));
    history.add(1, "1 + 1", "2");
    assertEquals(1, history.tail(5, false).size());
  }
}
