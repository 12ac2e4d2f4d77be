package dev.tablebook.comm;

import java.util.List;
import java.util.Map;

/**
 * What one comm message carries: its {@code data} (a JSON object as plain Java values), its
 * {@code metadata} and its binary buffers.
 *
 * @since 0.4
 */
public record CommMessage(Map<String, Object> data, Map<String, Object> metadata, List<byte[]> buffers) {

  public CommMessage {
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    buffers = buffers == null ? List.of() : List.copyOf(buffers);
  }

  /** A message with {@code data} only. */
  public static CommMessage of(Map<String, ?> data) {
    return new CommMessage(asObject(data), Map.of(), List.of());
  }

  /** A message with {@code data} and binary {@code buffers}. */
  public static CommMessage of(Map<String, ?> data, List<byte[]> buffers) {
    return new CommMessage(asObject(data), Map.of(), buffers);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Map<String, ?> data) { // the constructor copies it
    return (Map<String, Object>) data;
  }

  /** The data field {@code name} as text, or {@code ""} when it is missing or not text. */
  public String text(String name) {
    return data.get(name) instanceof String s ? s : "";
  }

  /** The data field {@code name} as a JSON object, or an empty map when it is missing or not an object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String name) {
    return data.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
