package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A %maven download from a repository that never answers obeys the cell's time limit and interrupts. */
class EngineMavenInterruptTest extends EngineTestBase {

  @Test
  @Timeout(120)
  void aDownloadThatNeverEndsIsStoppedByTheTimeLimitAndTheNextCellWorks() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    silent.createContext("/", exchange -> {
      asked.countDown();
      try {
        never.await(); // a repository that accepts the request and never answers
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    silent.start();
    try {
      String repository = "http://127.0.0.1:" + silent.getAddress().getPort() + "/";
      run("%mavenRepo silent " + repository);
      RecordingSink sink = new RecordingSink();
      long start = System.nanoTime();
      CellResult result = engine.execute("cell 1", "%maven dev.tablebook.test:never-served:1.0.0", sink, Duration.ofSeconds(3));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(CellResult.Status.TIMED_OUT, result.status(), sink.outputs.toString());
      assertEquals("TimeoutError", sink.error().ename());
      assertTrue(millis < 10_000, "the wait ended with the time limit: " + millis + " ms");
      assertEquals("7", run("3 + 4").result());
    } finally {
      never.countDown();
      silent.stop(0);
    }
  }
}
