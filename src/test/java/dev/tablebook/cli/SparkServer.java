package dev.tablebook.cli;

import dev.tablebook.engine.maven.TestMaven;
import dev.tablebook.io.LoopbackPorts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Spark Connect server on loopback for integration tests: Apache Spark's own server
 * ({@code spark-connect_2.13} with {@code spark-sql_2.13}, resolved from Maven Central into the local
 * repository by the kernel's resolver), {@code local[2]}, every folder of its own under {@code dir},
 * started on Java 17 when this machine has it (Spark's Java), stopped by {@link #close}.
 */
final class SparkServer implements AutoCloseable {
  static final String VERSION = "4.2.0";
  private static final Path JAVA17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
  /** Spark's own module openings for Java 17+ (its launcher's JavaModuleOptions). */
  private static final List<String> SPARK_JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
      "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private final Process process;
  private final int port;
  private final Path log;

  private SparkServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a server and returns once it listens (at most three minutes: the first run downloads Spark). */
  static SparkServer start(Path dir) throws Exception {
    List<Path> jars = TestMaven.resolve("org.apache.spark:spark-connect_2.13:" + VERSION, "org.apache.spark:spark-sql_2.13:" + VERSION);
    int port = LoopbackPorts.free();
    Path work = Files.createDirectories(dir.resolve("spark"));
    Path log = work.resolve("server.log");
    List<String> command = new ArrayList<>();
    command.add(Files.isExecutable(JAVA17) ? JAVA17.toString() : Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SPARK_JVM_OPTIONS);
    command.addAll(List.of("-Xmx1g", "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
        "-Dspark.master=local[2]", "-Dspark.connect.grpc.binding.address=127.0.0.1", "-Dspark.connect.grpc.binding.port=" + port,
        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.ui.enabled=false",
        "-Dspark.sql.warehouse.dir=" + work.resolve("warehouse"), "-Dspark.local.dir=" + Files.createDirectories(work.resolve("local")),
        "-cp", jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
        "org.apache.spark.sql.connect.service.SparkConnectServer"));
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    SparkServer server = new SparkServer(process, port, log);
    CompletableFuture<Void> listening = new CompletableFuture<>();
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
        for (String line; (line = in.readLine()) != null; ) {
          out.println(line);
          if (line.contains("Spark Connect server started at")) {
            listening.complete(null);
          }
        }
        listening.completeExceptionally(new IllegalStateException("the Spark server ended before it listened"));
      } catch (IOException e) {
        listening.completeExceptionally(e);
      }
    }, "spark-server-log");
    pump.setDaemon(true);
    pump.start();
    try {
      listening.get(3, TimeUnit.MINUTES);
    } catch (Exception e) {
      server.close();
      throw new AssertionError("the Spark Connect server did not start; its log:\n" + server.logText(), e);
    }
    return server;
  }

  /** The address a notebook connects to. */
  String url() {
    return "sc://127.0.0.1:" + port;
  }

  String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
