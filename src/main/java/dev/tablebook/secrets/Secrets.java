package dev.tablebook.secrets;

import java.io.OutputStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials in text before Tablebook shows, logs or stores it: the one rule that errors,
 * {@code %vars}, the kernel's log and its history all apply. A hidden value becomes {@value #MASK}.
 * What counts as a credential:
 * <ul>
 *   <li>in an address ({@code scheme://...}), its user part ({@code https://user:…@host}, or all of it
 *       when it has no password: a token often stands there);
 *   <li>in a Spark Connect address ({@code sc://host:port/;name=value;...}), the value of every parameter
 *       but {@code user_id}, {@code user_agent}, {@code use_ssl}, {@code session_id} and
 *       {@code grpc_max_message_size}: the token, and the headers the client sends the server;
 *   <li>anywhere, the value of a {@code name=value} whose name says credential (token, secret, password,
 *       pwd, api key, access key, auth but not author, credential, signature), and what follows {@code Authorization:}.
 * </ul>
 * The rule errs toward hiding: in an address a value runs to the next {@code ;}, elsewhere to the next
 * {@code ;}, space or quote, so a token holding {@code =} or {@code &} is hidden whole.
 *
 * @since 0.4
 */
public final class Secrets {
  /** What a hidden value is shown as. */
  public static final String MASK = "…";

  /** The parameters of an sc:// address that Spark Connect's client reads and that carry no credential. */
  private static final Set<String> PLAIN_SPARK_PARAMETERS = Set.of("user_id", "user_agent", "use_ssl", "session_id",
      "grpc_max_message_size");
  private static final String CREDENTIAL_NAME =
      "[A-Za-z0-9_.-]*(?:token|secret|passw|pwd|api[-_]?key|access[-_]?key|private[-_]?key|auth(?!or(?!iz))|credential|signature)[A-Za-z0-9_.-]*";
  /**
   * An address in text: it ends where a URI cannot go on (a space, a quote, an angle bracket), and not on the
   * punctuation of the sentence around it (so that hiding the credentials of a message twice changes nothing).
   */
  private static final Pattern ADDRESS = Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.-]*://(?:[^\\s\"<>`]*[^\\s\"<>`:.,;)\\]])?");
  /**
   * A credential in text, its name or introducer kept (group 1 to 4): {@code token=VALUE}, a quoted name
   * with {@code :} or {@code =} and a value, quoted or not ({@code "token": "VALUE"}, {@code token="VALUE"}),
   * {@code --token VALUE}, and {@code Authorization: Bearer VALUE} or a bare {@code Bearer VALUE}.
   */
  private static final Pattern IN_TEXT = Pattern.compile("(?i)(?<![A-Za-z0-9_.-])(" + CREDENTIAL_NAME + "=)[^\\s;\"'<>`]*[^\\s;\"'<>`:.,)\\]]"
      + "|\\b(authorization:\\s*(?:bearer\\s+|basic\\s+)?|bearer\\s+(?=[A-Za-z0-9._~+/=-]{8,}))[^\\s\"'<>`]*[^\\s\"'<>`:.,)\\]]"
      + "|([\"']" + CREDENTIAL_NAME + "[\"']\\s*[:=]\\s*[\"']|(?<![A-Za-z0-9_.-])" + CREDENTIAL_NAME + "\\s*=\\s*[\"'])[^\"']+"
      + "|((?<![A-Za-z0-9_])--" + CREDENTIAL_NAME + "\\s+)(?!-)[^\\s\"'<>`]*[^\\s\"'<>`:.,)\\]]");
  private static final Pattern IN_ADDRESS = Pattern.compile("(?i)(?<![A-Za-z0-9_.-])(" + CREDENTIAL_NAME + "=)[^;]+");
  /**
   * A parameter name that may be shown: the names of gRPC headers and client options are lower case; a
   * token pasted without its name (the part before its {@code ==}, say) is hidden whole.
   */
  private static final Pattern CREDENTIAL = Pattern.compile("(?i)" + CREDENTIAL_NAME);
  private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z_.-]{0,31}");

  private Secrets() {}

  /** Whether {@code name} (a field's, a key's) names a credential: a token, secret, password, key or the like. */
  public static boolean isCredentialName(String name) {
    return CREDENTIAL.matcher(name).matches();
  }

  /** {@code text} with every credential in it hidden; null stays null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    Matcher address = ADDRESS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (address.find()) {
      out.append(text, from, address.start()).append(maskAddress(address.group()));
      from = address.end();
    }
    return mask(IN_TEXT, out.append(text, from, text.length()).toString());
  }

  /**
   * {@code address}, all of it one address (spaces and line breaks included, as a mistyped address may
   * hold them), with its credentials hidden: for messages about the address itself.
   */
  public static String redactAddress(String address) {
    return address == null ? null : mask(IN_ADDRESS, maskAddress(address));
  }

  /**
   * A stream that writes {@link #redact redacted} text to {@code out}, a line at a time (a credential is
   * never split between two writes); what is left of the last line goes out when the stream is closed, or
   * once it grows past 64 KB. Closing it closes {@code out}.
   */
  public static OutputStream redactingLines(OutputStream out) {
    return new RedactingLines(out);
  }

  private static String maskAddress(String address) {
    int separator = address.indexOf("://");
    if (separator < 0) {
      return address;
    }
    int start = separator + 3;
    int end = start;
    while (end < address.length() && "/?#;".indexOf(address.charAt(end)) < 0) {
      end++;
    }
    String authority = address.substring(start, end);
    StringBuilder out = new StringBuilder(address.length()).append(address, 0, start);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      int colon = authority.indexOf(':');
      out.append(colon >= 0 && colon < at ? authority.substring(0, colon + 1) + MASK : MASK).append(authority, at, authority.length());
    } else {
      out.append(authority);
    }
    String rest = address.substring(end);
    return out.append(address.substring(0, separator).equalsIgnoreCase("sc") ? maskSparkParameters(rest) : rest).toString();
  }

  /** {@code /;name=value;...} with every value hidden but those of {@link #PLAIN_SPARK_PARAMETERS}. */
  private static String maskSparkParameters(String pathAndParameters) {
    String[] parts = pathAndParameters.split(";", -1);
    StringBuilder out = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      out.append(';');
      int equals = part.indexOf('=');
      String name = equals < 0 ? part : part.substring(0, equals);
      if (part.isEmpty() || (equals > 0 && PLAIN_SPARK_PARAMETERS.contains(name))) {
        out.append(part);
      } else if (equals > 0 && PARAMETER_NAME.matcher(name).matches()) {
        out.append(name).append('=').append(equals + 1 < part.length() ? MASK : "");
      } else {
        out.append(MASK); // no name, or one that may be a pasted value: all of it
      }
    }
    return out.toString();
  }

  private static String mask(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      String kept = null;
      for (int group = 1; kept == null && group <= matcher.groupCount(); group++) {
        kept = matcher.group(group);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(kept + MASK));
    } while (matcher.find());
    return matcher.appendTail(out).toString();
  }
}
