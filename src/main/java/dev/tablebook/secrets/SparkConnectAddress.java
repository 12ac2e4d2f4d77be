package dev.tablebook.secrets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.UUID;

/**
 * A Spark Connect address, {@code sc://host[:port][/;name=value;...]} (port 15002 when none is given),
 * checked as Spark Connect's client reads it, so that a mistake is found before the client is loaded. A
 * mistake is said as {@code ADDRESS: what is wrong}, the address with its credentials hidden
 * ({@link Secrets#redactAddress}) and its line breaks shown as {@code \n}: the token is never repeated.
 *
 * @since 0.4
 */
public record SparkConnectAddress(String host, int port) {
  /** The port of an address that names none. */
  public static final int DEFAULT_PORT = 15002;
  private static final Set<String> CLIENT_PARAMETERS = Set.of("token", "user_id", "user_agent", "use_ssl", "session_id",
      "grpc_max_message_size");

  /**
   * The host and port of {@code address}.
   *
   * @throws IllegalArgumentException saying what is wrong, without the address's credentials
   */
  public static SparkConnectAddress parse(String address) {
    if (address == null) {
      throw new IllegalArgumentException("no Spark Connect address (null); sc://host:15002, say");
    }
    String problem = problem(address);
    if (problem != null) {
      throw new IllegalArgumentException(shownWhole(address) + ": " + problem);
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) { // its message repeats the address: only the reason and where
      throw new IllegalArgumentException(shownWhole(address) + ": not a valid address (" + e.getReason().toLowerCase(java.util.Locale.ROOT)
          + " at character " + (e.getIndex() + 1) + ")");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(shownWhole(address) + ": the host is not a host name (letters, digits, '-' and '.') nor an"
          + " IP address ([::1] for IPv6)");
    }
    String parameters = parametersProblem(uri.getPath());
    if (parameters != null) {
      throw new IllegalArgumentException(shownWhole(address) + ": " + parameters);
    }
    String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
    return new SparkConnectAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
  }

  /** {@code address} as it may be shown, whatever it holds: {@code sc://host:port} when it parses, else redacted. */
  public static String shown(String address) {
    try {
      return parse(address).shown();
    } catch (IllegalArgumentException e) {
      return shownWhole(String.valueOf(address));
    }
  }

  /** The address as it may be shown: {@code sc://host:port}, without the parameters (a token among them). */
  public String shown() {
    return "sc://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** What is wrong with the text of the address before it is read as a URI, or null. */
  private static String problem(String address) {
    if (!address.startsWith("sc://")) {
      return "a Spark Connect address starts with sc:// (sc://host:15002, say)";
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        String what = c == '\n' || c == '\r' ? "a line break" : c == ' ' ? "a space" : c == '\t' ? "a tab" : "a control character";
        return address.substring(i).isBlank()
            ? "the address ends with " + what + " (text read with Files.readString keeps the file's last line break: strip() it)"
            : "the address has " + what + " at character " + (i + 1) + " (none may stand in an address: percent-encode it)";
      }
    }
    int end = address.indexOf('/', 5);
    String authority = address.substring(5, end < 0 ? address.length() : end);
    if (address.indexOf('?') >= 0 || address.indexOf('#') >= 0) {
      return "'?' and '#' end an address's path, so what follows them would be lost: percent-encode them (%3F, %23)";
    }
    if (authority.indexOf(';') >= 0) {
      return "parameters come after a slash: sc://host:port/;name=value";
    }
    if (authority.indexOf('@') >= 0) {
      return "a Spark Connect address has no user@ part: a credential goes in ;token=" + Secrets.MASK;
    }
    return hostAndPortProblem(authority);
  }

  private static String hostAndPortProblem(String authority) {
    int close = authority.startsWith("[") ? authority.indexOf(']') : -1;
    int colon = authority.indexOf(':', Math.max(0, close));
    if (close < 0 && authority.indexOf(':') != authority.lastIndexOf(':')) {
      return "an IPv6 host stands in brackets: sc://[::1]:15002";
    }
    String host = colon < 0 ? authority : authority.substring(0, colon);
    String port = colon < 0 ? "" : authority.substring(colon + 1);
    if (host.isEmpty() || host.equals("[]")) {
      return "no host (sc://host:15002, say)";
    }
    if (!port.isEmpty() && !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "the port is not a number";
    }
    if (!port.isEmpty() && (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535)) {
      return "the port is not between 1 and 65535";
    }
    return null;
  }

  /** What Spark Connect's client would refuse in the parameters ({@code /;name=value;...}, decoded as it decodes them), or null. */
  private static String parametersProblem(String path) {
    String[] parts = path.split(";");
    if (parts.length > 0 && !parts[0].isEmpty() && !parts[0].equals("/")) {
      return "the address has a path after the host; parameters start with ';': sc://host:port/;name=value";
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      int equals = parts[i].indexOf('=');
      String name = equals < 0 ? null : parts[i].substring(0, equals);
      String which = name != null && CLIENT_PARAMETERS.contains(name) ? "the parameter " + name : "parameter " + i;
      if (equals < 0) {
        return which + " is not name=value";
      }
      if (name.isEmpty()) {
        return which + " has no name";
      }
      if (equals == parts[i].length() - 1) {
        return which + " has no value";
      }
      if (parts[i].indexOf('=', equals + 1) >= 0) {
        return "the value of " + (CLIENT_PARAMETERS.contains(name) ? name : "parameter " + i) + " holds '=': Spark Connect's client splits a parameter at every '='"
            + " (a percent-encoded one too), so such a value cannot be given in the address";
      }
      String value = parts[i].substring(equals + 1);
      if (name.equals("session_id") && !isUuid(value)) {
        return "the parameter session_id is not a UUID";
      }
      if (name.equals("grpc_max_message_size") && !isInt(value)) {
        return "the parameter grpc_max_message_size is not a whole number of bytes";
      }
    }
    return null;
  }

  private static boolean isInt(String text) {
    try {
      Integer.parseInt(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isUuid(String text) {
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The whole of {@code address}, redacted, with line breaks and other control characters shown as escapes. */
  private static String shownWhole(String address) {
    String redacted = Secrets.redactAddress(address);
    StringBuilder shown = new StringBuilder(redacted.length());
    redacted.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> shown.append("\\n");
        case '\r' -> shown.append("\\r");
        case '\t' -> shown.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
          } else {
            shown.appendCodePoint(c);
          }
        }
      }
    });
    return shown.toString();
  }
}
