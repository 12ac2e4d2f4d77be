package dev.tablebook.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * One Jupyter message (messaging spec 5.3): routing identities, the four JSON parts and any binary
 * buffers. Unknown fields in any part are kept as they came.
 *
 * @since 0.1
 */
public record Message(
    List<byte[]> identities, ObjectNode header, ObjectNode parentHeader, ObjectNode metadata, ObjectNode content,
    List<byte[]> buffers) {

  /** The protocol version this kernel speaks. */
  public static final String PROTOCOL_VERSION = "5.3";

  public Message {
    identities = List.copyOf(identities);
    buffers = List.copyOf(buffers);
  }

  /** {@code header.msg_type}. */
  public String type() {
    return header.path("msg_type").asText("");
  }

  /** {@code header.msg_id}. */
  public String id() {
    return header.path("msg_id").asText("");
  }

  /**
   * A new message of {@code type} in reply to (or caused by) {@code parent}: same session and
   * identities, the parent's header as parent_header.
   */
  public static Message reply(Message parent, String type, ObjectNode content) {
    ObjectNode header = header(type, parent.header.path("session").asText(""), parent.header.path("username").asText("kernel"));
    return new Message(parent.identities, header, parent.header.deepCopy(), JsonNodeFactory.instance.objectNode(),
        content, List.of());
  }

  /** A message for {@code topic} subscribers on IOPub, caused by {@code parent} (which may be null). */
  public static Message broadcast(Message parent, String type, ObjectNode content, String session) {
    ObjectNode parentHeader = parent == null ? JsonNodeFactory.instance.objectNode() : parent.header.deepCopy();
    String owner = parent == null ? session : parent.header.path("session").asText(session);
    return new Message(List.of(("kernel." + type).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        header(type, owner, "kernel"), parentHeader, JsonNodeFactory.instance.objectNode(), content, List.of());
  }

  /** A fresh header. */
  public static ObjectNode header(String type, String session, String username) {
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.put("msg_id", UUID.randomUUID().toString());
    header.put("session", session);
    header.put("username", username);
    header.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    header.put("msg_type", type);
    header.put("version", PROTOCOL_VERSION);
    return header;
  }

  /** A JSON field of the content, or a missing node. */
  public JsonNode get(String field) {
    return content.path(field);
  }
}
