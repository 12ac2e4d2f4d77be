package dev.tablebook.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One value's representations keyed by MIME type, as Jupyter shows them: text types hold their text,
 * JSON types ({@code application/json}, {@code *+json}) hold JSON text, images hold base64 text.
 * Immutable; insertion order is preference order.
 *
 * @since 0.1
 */
public final class MimeBundle {
  /** The MIME type every bundle should carry, for front ends that show nothing richer. */
  public static final String TEXT_PLAIN = "text/plain";
  public static final String TEXT_HTML = "text/html";
  public static final String TEXT_MARKDOWN = "text/markdown";

  private final Map<String, String> data;
  private final Map<String, Object> metadata;

  private MimeBundle(Map<String, String> data, Map<String, Object> metadata) {
    this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** An empty bundle. */
  public static MimeBundle empty() {
    return new MimeBundle(Map.of(), Map.of());
  }

  /** A bundle with one representation. */
  public static MimeBundle of(String mimeType, String content) {
    return empty().with(mimeType, content);
  }

  /** This bundle plus (or with a new) representation for {@code mimeType}. */
  public MimeBundle with(String mimeType, String content) {
    Map<String, String> copy = new LinkedHashMap<>(data);
    copy.put(Objects.requireNonNull(mimeType, "mimeType"), Objects.requireNonNull(content, "content"));
    return new MimeBundle(copy, metadata);
  }

  /** This bundle plus a metadata entry (such as an image's {@code width}). */
  public MimeBundle withMetadata(String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(metadata);
    copy.put(key, value);
    return new MimeBundle(data, copy);
  }

  /** This bundle with the representations of {@code other} added (other's win on conflict). */
  public MimeBundle merge(MimeBundle other) {
    Map<String, String> copy = new LinkedHashMap<>(data);
    copy.putAll(other.data);
    Map<String, Object> meta = new LinkedHashMap<>(metadata);
    meta.putAll(other.metadata);
    return new MimeBundle(copy, meta);
  }

  /** The representation for {@code mimeType}, if present. */
  public Optional<String> get(String mimeType) {
    return Optional.ofNullable(data.get(mimeType));
  }

  /** The {@code text/plain} representation, or an empty string. */
  public String plainText() {
    return data.getOrDefault(TEXT_PLAIN, "");
  }

  /** Every representation, in preference order. */
  public Map<String, String> data() {
    return data;
  }

  /** Metadata for the front end. */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** Whether there is nothing to show. */
  public boolean isEmpty() {
    return data.isEmpty();
  }

  /** Whether the front end expects JSON (not a string) for this MIME type. */
  public static boolean isJson(String mimeType) {
    return mimeType.equals("application/json") || mimeType.endsWith("+json");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MimeBundle other && data.equals(other.data) && metadata.equals(other.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, metadata);
  }

  @Override
  public String toString() {
    return plainText();
  }
}
