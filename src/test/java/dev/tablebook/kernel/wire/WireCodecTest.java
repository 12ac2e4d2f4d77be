package dev.tablebook.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
  private final WireCodec codec = new WireCodec(Signer.of("hmac-sha256", "secret"));

  private static Message request(String type) {
    ObjectNode content = JsonNodeFactory.instance.objectNode().put("code", "1 + 1").put("future_field", 7);
    return new Message(List.of("client-id".getBytes(StandardCharsets.UTF_8)), Message.header(type, "s1", "ada"),
        JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode(), content, List.of());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aMessageSurvivesTheRoundTripWithUnknownFields() throws WireException {
    Message original = request("execute_request");
    Message decoded = codec.decode(codec.encode(original));
    assertEquals("execute_request", decoded.type());
    assertEquals(original.id(), decoded.id());
    assertEquals(7, decoded.get("future_field").asInt());
    assertArrayEquals(utf8("client-id"), decoded.identities().get(0));
  }

  @Test
  void theSignatureIsTheHmacOfTheFourJsonFrames() {
    List<byte[]> frames = codec.encode(request("kernel_info_request"));
    assertArrayEquals(WireCodec.DELIMITER, frames.get(1));
    String signature = new String(frames.get(2), StandardCharsets.US_ASCII);
    assertEquals(Signer.of("hmac-sha256", "secret").sign(frames.subList(3, 7)), signature);
    assertEquals(64, signature.length());
  }

  @Test
  void aWrongMissingOrTruncatedSignatureIsRefused() {
    List<byte[]> frames = new ArrayList<>(codec.encode(request("execute_request")));
    List<byte[]> wrong = new ArrayList<>(frames);
    wrong.set(2, utf8("0".repeat(64)));
    assertEquals("wrong or missing signature", assertThrows(WireException.class, () -> codec.decode(wrong)).getMessage());
    List<byte[]> missing = new ArrayList<>(frames);
    missing.set(2, new byte[0]);
    assertThrows(WireException.class, () -> codec.decode(missing));
    List<byte[]> truncated = new ArrayList<>(frames);
    truncated.set(2, java.util.Arrays.copyOf(frames.get(2), 32));
    assertThrows(WireException.class, () -> codec.decode(truncated));
    List<byte[]> tampered = new ArrayList<>(frames);
    tampered.set(6, utf8("{\"code\": \"System.exit(0)\"}"));
    assertThrows(WireException.class, () -> codec.decode(tampered));
  }

  @Test
  void malformedFramesAreClearErrors() {
    assertTrue(assertThrows(WireException.class, () -> codec.decode(List.of(utf8("no delimiter"))))
        .getMessage().startsWith("no <IDS|MSG> delimiter"));
    assertTrue(assertThrows(WireException.class, () -> codec.decode(List.of(WireCodec.DELIMITER, utf8("sig"))))
        .getMessage().startsWith("truncated message"));
    WireCodec unsigned = new WireCodec(Signer.of("hmac-sha256", ""));
    List<byte[]> badJson = List.of(WireCodec.DELIMITER, new byte[0], utf8("{not json"), utf8("{}"), utf8("{}"), utf8("{}"));
    assertTrue(assertThrows(WireException.class, () -> unsigned.decode(badJson)).getMessage().startsWith("header is not valid JSON"));
    List<byte[]> noId = List.of(WireCodec.DELIMITER, new byte[0], utf8("{\"msg_type\": \"x\"}"), utf8("{}"), utf8("{}"), utf8("{}"));
    assertEquals("the header lacks msg_id or msg_type", assertThrows(WireException.class, () -> unsigned.decode(noId)).getMessage());
    List<byte[]> array = List.of(WireCodec.DELIMITER, new byte[0], utf8("[]"), utf8("{}"), utf8("{}"), utf8("{}"));
    assertEquals("header is not a JSON object", assertThrows(WireException.class, () -> unsigned.decode(array)).getMessage());
  }

  @Test
  void anEmptyKeyMeansNoSigning() throws WireException {
    WireCodec unsigned = new WireCodec(Signer.of("hmac-sha256", ""));
    List<byte[]> frames = unsigned.encode(request("kernel_info_request"));
    assertEquals(0, frames.get(2).length);
    assertEquals("kernel_info_request", unsigned.decode(frames).type());
  }

  @Test
  void buffersFollowTheContent() throws WireException {
    List<byte[]> frames = new ArrayList<>(codec.encode(request("comm_msg")));
    frames.add(new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, codec.decode(frames).buffers().get(0));
  }

  @Test
  void unknownSchemesAreRefusedAtStart() {
    assertThrows(IllegalArgumentException.class, () -> Signer.of("rot13", "key"));
    assertTrue(Signer.of("hmac-sha512", "key").isSigning());
  }
}
