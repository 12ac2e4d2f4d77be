package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

  @Test
  void sessionsFollowEachOtherAndTheFileIsPrivate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tablebook/history.jsonl");
    History first = new History(file);
    first.add(1, "int a = 1;", null);
    first.add(2, "a + 1", "2");
    assertEquals("rw-------", mode(file));
    History second = new History(file);
    assertEquals(first.session() + 1, second.session());
    second.add(1, "a + 1", "2");
    assertEquals(List.of(new History.Entry(first.session(), 1, "int a = 1;", null)), second.range(-1, 1, 2));
    assertEquals(2, second.search("a + *", 0, false).size());
    assertEquals(1, second.search("a + *", 0, true).size());
  }

  @Test
  void kernelsStartedAtOnceGetSessionsOfTheirOwn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    int kernels = 8;
    CountDownLatch ready = new CountDownLatch(kernels);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(kernels);
    try {
      List<Future<Integer>> sessions = new ArrayList<>();
      for (int i = 0; i < kernels; i++) {
        sessions.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return new History(file).session(); // none has written an input yet: the file cannot tell them apart
        }));
      }
      ready.await();
      go.countDown();
      Set<Integer> distinct = new TreeSet<>();
      for (Future<Integer> session : sessions) {
        distinct.add(session.get());
      }
      assertEquals(kernels, distinct.size(), "sessions " + distinct);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFilesArePrivateFromTheirFirstInstant(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    Path lock = dir.resolve("history.jsonl.lock");
    new History(file);
    assertEquals("rw-------", mode(lock), "the lock file, created at start");
    assertFalse(Files.exists(file), "no input yet, no history file");
    new History(file).add(1, "secret", null);
    assertEquals("rw-------", mode(file), "created with its mode in one call, never restricted afterwards");
  }

  @Test
  void inputsAndResultsAreKeptWithoutTheirCredentials(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    new History(file).add(1, "%spark connect sc://h:15002/;token=s3cr3t;use_ssl=true", "\"https://ann:s3cr3t@repo.example/\"");
    assertFalse(Files.readString(file).contains("s3cr3t"), "not in the file: " + Files.readString(file));
    Files.writeString(file, "[1,2,\"String url = \\\"sc://h/;token=0ld3r\\\";\",null]\n", StandardOpenOption.APPEND);
    List<History.Entry> kept = new History(file).tail(10, false);
    assertEquals(List.of("%spark connect sc://h:15002/;token=…;use_ssl=true", "String url = \"sc://h/;token=…\";"),
        kept.stream().map(History.Entry::input).toList(), "nor served, even from a file written before");
    assertEquals("\"https://ann:…@repo.example/\"", kept.get(0).output());
  }

  @Test
  void theFileKeepsTheNewestInputsWithinItsCap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    History history = new History(file, 10);
    for (int i = 1; i <= 25; i++) {
      history.add(i, "cell " + i, null);
      assertTrue(lines(file).size() <= 11, "compacted at cap + margin, after input " + i);
    }
    List<History.Entry> kept = new History(file, 10).tail(100, false);
    assertEquals(IntStream.rangeClosed(16, 25).mapToObj(i -> "cell " + i).toList(),
        kept.stream().map(History.Entry::input).toList());
    assertEquals(10, history.tail(100, false).size(), "memory is bounded too");
    assertEquals("rw-------", mode(file), "compacting keeps the file private");
  }

  @Test
  void compactingKeepsTheInputsOfOtherKernels(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    History one = new History(file, 10);
    History two = new History(file, 10);
    for (int i = 1; i <= 20; i++) {
      one.add(i, "one " + i, null);
      two.add(i, "two " + i, null);
    }
    List<String> kept = new History(file, 10).tail(100, false).stream().map(History.Entry::input).toList();
    assertEquals(List.of("one 16", "two 16", "one 17", "two 17", "one 18", "two 18", "one 19", "two 19", "one 20", "two 20"),
        kept.subList(kept.size() - 10, kept.size()));
  }

  @Test
  void aKernelStartReadsOnlyTheEndOfAnOversizedFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(3L << 30); // 3 GB of holes, more than an array can hold: reading it whole cannot work
    }
    StringBuilder end = new StringBuilder("\n");
    for (int i = 1; i <= 20; i++) {
      end.append("[1,").append(i).append(",\"cell ").append(i).append("\",null]\n");
    }
    Files.writeString(file, end, StandardOpenOption.APPEND);
    History history = new History(file, 10);
    assertEquals(2, history.session());
    assertEquals("cell 11", history.tail(10, false).get(0).input());
    assertEquals(10, lines(file).size(), "an oversized file is compacted at start");
  }

  @Test
  void aLineCutShortByACrashIsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history.jsonl");
    Files.writeString(file, "[1,1,\"x = 1;\",null]\n[1,2,\"y =");
    assertEquals(List.of(new History.Entry(1, 1, "x = 1;", null)), new History(file).tail(10, false));
    History next = new History(file);
    next.add(1, "z", "3");
    assertEquals(List.of(new History.Entry(1, 1, "x = 1;", null), new History.Entry(3, 1, "z", "3")),
        new History(file).tail(10, false), "the next input starts a line of its own");
  }

  @Test
  void aCompactionKilledBeforeItsRenameLeavesNothingBehind(@TempDir Path dir) throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path file = Files.writeString(dir.resolve("history.jsonl"), "[1,1,\"x\",null]\n");
    Path temp = Files.writeString(dir.resolve(".history.jsonl.tablebook-" + ended.pid() + "-k.tmp"), "[1,1,");
    new History(file);
    assertFalse(Files.exists(temp));
  }

  @Test
  void aHistoryThatCannotBeWrittenDoesNotStopTheKernel(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "");
    History history = new History(blocker.resolve("history.jsonl"));
    history.add(1, "1 + 1", "2");
    assertEquals(1, history.tail(5, false).size());
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static List<String> lines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
