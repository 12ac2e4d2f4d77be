package dev.tablebook.kernel.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns ZeroMQ frames into {@link Message}s and back: routing identities, the {@code <IDS|MSG>}
 * delimiter, the signature, header, parent header, metadata, content, then buffers. Pure: no sockets.
 * The signature is checked over the bytes as received, before any JSON is parsed.
 *
 * @since 0.1
 */
public final class WireCodec {
  /** The frame that separates routing identities from the message. */
  public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Signer signer;

  public WireCodec(Signer signer) {
    this.signer = signer;
  }

  /** The frames of {@code message}, signed. */
  public List<byte[]> encode(Message message) {
    List<byte[]> parts = List.of(json(message.header()), json(message.parentHeader()), json(message.metadata()),
        json(message.content()));
    List<byte[]> frames = new ArrayList<>(message.identities());
    frames.add(DELIMITER);
    frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
    frames.addAll(parts);
    frames.addAll(message.buffers());
    return frames;
  }

  /** The message in {@code frames}; a missing delimiter, a bad signature or bad JSON is a {@link WireException}. */
  public Message decode(List<byte[]> frames) throws WireException {
    int delimiter = -1;
    for (int i = 0; i < frames.size(); i++) {
      if (Arrays.equals(frames.get(i), DELIMITER)) {
        delimiter = i;
        break;
      }
    }
    if (delimiter < 0) {
      throw new WireException("no <IDS|MSG> delimiter in " + frames.size() + " frames");
    }
    if (frames.size() < delimiter + 6) {
      throw new WireException("truncated message: " + (frames.size() - delimiter - 1) + " frames after the delimiter, 5 needed");
    }
    List<byte[]> parts = frames.subList(delimiter + 2, delimiter + 6);
    if (!signer.verify(frames.get(delimiter + 1), parts)) {
      throw new WireException("wrong or missing signature");
    }
    ObjectNode header = object(parts.get(0), "header");
    if (!header.path("msg_id").isTextual() || !header.path("msg_type").isTextual()) {
      throw new WireException("the header lacks msg_id or msg_type");
    }
    return new Message(frames.subList(0, delimiter), header, object(parts.get(1), "parent_header"),
        object(parts.get(2), "metadata"), object(parts.get(3), "content"), frames.subList(delimiter + 6, frames.size()));
  }

  private static ObjectNode object(byte[] frame, String part) throws WireException {
    try {
      JsonNode node = JSON.readTree(frame);
      if (node == null || !node.isObject()) {
        throw new WireException(part + " is not a JSON object");
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      throw new WireException(part + " is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new WireException(part + " cannot be read: " + e.getMessage());
    }
  }

  private static byte[] json(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a message part", e);
    }
  }
}
