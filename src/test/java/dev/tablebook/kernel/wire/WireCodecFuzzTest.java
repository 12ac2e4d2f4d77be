package dev.tablebook.kernel.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the wire codec: any frames a client sends decode to a message or fail with
 * {@link WireException}, never anything else. Input: frames separated by byte 0x1E. Each input is
 * decoded as it is (signature checked) and again re-signed, so the fuzzer also reaches the JSON.
 * Seeds: {@code src/test/resources/dev/tablebook/kernel/wire/WireCodecFuzzTestInputs}.
 */
class WireCodecFuzzTest {
  private static final String KEY = "fuzz-key";
  private static final Signer SIGNER = Signer.of("hmac-sha256", KEY);
  private static final WireCodec CODEC = new WireCodec(SIGNER);

  @FuzzTest(maxDuration = "30s")
  void framesDecodeOrFailWithWireException(byte[] input) {
    List<byte[]> frames = split(input);
    decode(frames);
    int delimiter = indexOfDelimiter(frames);
    if (delimiter >= 0 && frames.size() >= delimiter + 6) {
      List<byte[]> parts = frames.subList(delimiter + 2, delimiter + 6);
      List<byte[]> resigned = new ArrayList<>(frames);
      resigned.set(delimiter + 1, SIGNER.sign(parts).getBytes(StandardCharsets.US_ASCII));
      Message message = decode(resigned);
      if (message != null) {
        CODEC.encode(message); // whatever decodes can be sent back
      }
    }
    SIGNER.verify(input, frames);
  }

  private static Message decode(List<byte[]> frames) {
    try {
      return CODEC.decode(frames);
    } catch (WireException expected) {
      return null;
    }
  }

  static List<byte[]> split(byte[] input) {
    List<byte[]> frames = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == 0x1E) {
        byte[] frame = new byte[i - start];
        System.arraycopy(input, start, frame, 0, frame.length);
        frames.add(frame);
        start = i + 1;
      }
    }
    return frames;
  }

  private static int indexOfDelimiter(List<byte[]> frames) {
    for (int i = 0; i < frames.size(); i++) {
      if (java.util.Arrays.equals(frames.get(i), WireCodec.DELIMITER)) {
        return i;
      }
    }
    return -1;
  }
}
