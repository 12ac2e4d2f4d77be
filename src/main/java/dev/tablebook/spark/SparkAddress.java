package dev.tablebook.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * The host and port of a Spark Connect address ({@code sc://host[:port][/;params]}, port 15002 when
 * none is given), and a quick check that something listens there: the client itself retries an
 * unreachable server for minutes before it says so.
 */
record SparkAddress(String host, int port) {
  static final int DEFAULT_PORT = 15002;
  private static final int CONNECT_TIMEOUT_MS = 5_000;

  static SparkAddress of(String url) {
    String rest = url.substring("sc://".length());
    int end = rest.indexOf('/');
    String authority = end < 0 ? rest : rest.substring(0, end);
    String host = authority;
    int port = DEFAULT_PORT;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && !authority.endsWith("]")) {
      host = authority.substring(0, colon);
      try {
        port = Integer.parseInt(authority.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new SparkError("the port in " + url + " is not a number: " + authority.substring(colon + 1));
      }
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      throw new SparkError("no host in " + url + " (sc://host:15002, say)");
    }
    return new SparkAddress(host, port);
  }

  /** The address as it may be shown: {@code sc://host:port}, without the parameters (a token among them). */
  String shown() {
    return "sc://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
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
