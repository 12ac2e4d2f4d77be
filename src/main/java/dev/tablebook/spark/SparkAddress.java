package dev.tablebook.spark;

import dev.tablebook.secrets.SparkConnectAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * The host and port of a Spark Connect address ({@code sc://host[:port][/;params]}, port 15002 when
 * none is given), read by {@link SparkConnectAddress}, and a quick check that something listens there:
 * the client itself retries an unreachable server for minutes before it says so.
 */
record SparkAddress(String host, int port) {
  private static final int CONNECT_TIMEOUT_MS = 5_000;

  /** The address's host and port; a {@link SparkError} saying what is wrong, without the token, when it does not parse. */
  static SparkAddress of(String url) {
    try {
      SparkConnectAddress address = SparkConnectAddress.parse(url);
      return new SparkAddress(address.host(), address.port());
    } catch (IllegalArgumentException e) {
      throw new SparkError(e.getMessage());
    }
  }

  /** The address as it may be shown: {@code sc://host:port}, without the parameters (a token among them). */
  String shown() {
    return new SparkConnectAddress(host, port).shown();
  }

  /** Fails at once, saying why, when {@code host:port} cannot be resolved or refuses a connection. */
  void checkReachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    } catch (UnknownHostException e) {
      throw new SparkError("cannot reach the Spark Connect server at " + host + ":" + port + ": no such host");
    } catch (SocketTimeoutException e) {
      throw new SparkError("cannot reach the Spark Connect server at " + host + ":" + port + ": no answer within "
          + CONNECT_TIMEOUT_MS / 1000 + " s");
    } catch (IOException e) {
      throw new SparkError("cannot reach the Spark Connect server at " + host + ":" + port + ": " + e.getMessage());
    }
  }
}
