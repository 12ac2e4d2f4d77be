package dev.tablebook.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Spark Connect addresses as the client reads them, and the quick reachability check before it retries for minutes. */
class SparkAddressTest {
  @Test
  void hostAndPortComeFromTheAddressWithSparksDefaultPort() {
    assertEquals(new SparkAddress("cluster.example", 443), SparkAddress.of("sc://cluster.example:443/;token=abc;use_ssl=true"));
    assertEquals(new SparkAddress("localhost", 15002), SparkAddress.of("sc://localhost"));
    assertEquals(new SparkAddress("::1", 15002), SparkAddress.of("sc://[::1]"));
    assertTrue(assertThrows(SparkError.class, () -> SparkAddress.of("sc://host:port")).getMessage().contains("is not a number"));
    assertTrue(assertThrows(SparkError.class, () -> SparkAddress.of("sc://:15002")).getMessage().contains("no host"));
  }

  @Test
  void anAddressThatDoesNotParseIsSaidWithoutItsToken() {
    assertEquals("sc://localhost:15002/;token=…: the address ends with a line break (text read with Files.readString keeps the"
        + " file's last line break: strip() it)", assertThrows(SparkError.class, () -> SparkAddress.of("sc://localhost:15002/;token=s3cr3t\n"))
        .getMessage());
    assertEquals("sc://localhost:port/;token=…: the port is not a number",
        assertThrows(SparkError.class, () -> SparkAddress.of("sc://localhost:port/;token=s3cr3t")).getMessage());
    assertEquals("sc://localhost:15002", Spark.shown("sc://localhost:15002/;token=s3cr3t"));
    assertEquals("sc://localhost:15002/;token=…", Spark.shown("sc://localhost:15002/;token=s3cr3t=x"), "shown, if not usable");
  }

  @Test
  void whatTheClientThrowsIsSaidWithoutTheToken() {
    RuntimeException parse = SparkErrors.translate(new IllegalArgumentException("Parameter token=s3cr3t=x is not a valid parameter"
        + " key-value pair"), "sc://h:15002");
    assertEquals("IllegalArgumentException: Parameter token=… is not a valid parameter key-value pair", parse.getMessage());
    assertEquals("cannot open sc://h:15002/;token=…", new SparkError("cannot open sc://h:15002/;token=s3cr3t").getMessage());
  }

  @Test
  void aHostThatDoesNotExistOrAPortNobodyListensOnFailsAtOnceSayingWhy() throws Exception {
    SparkError noHost = assertThrows(SparkError.class, () -> new SparkAddress("no-such-host.invalid", 15002).checkReachable());
    assertEquals("cannot reach the Spark Connect server at no-such-host.invalid:15002: no such host", noHost.getMessage());
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    int port = closed;
    SparkError refused = assertThrows(SparkError.class, () -> new SparkAddress("127.0.0.1", port).checkReachable());
    assertTrue(refused.getMessage().startsWith("cannot reach the Spark Connect server at 127.0.0.1:" + port + ": "), refused.getMessage());
    try (ServerSocket listening = new ServerSocket(0)) {
      new SparkAddress("127.0.0.1", listening.getLocalPort()).checkReachable();
    }
  }
}
