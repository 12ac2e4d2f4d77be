package dev.tablebook.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages with the connection file's key and {@code signature_scheme}
 * ({@code hmac-sha256} and the other {@code hmac-*} schemes). Checks compare in constant time. An
 * empty key means messages are not signed, as the spec says.
 *
 * @since 0.1
 */
public final class Signer {
  private final SecretKeySpec key;
  private final String algorithm;
  /** Initialised with the key once: each signature clones it instead of looking the algorithm up again. */
  private final Mac prototype;

  private Signer(SecretKeySpec key, String algorithm) {
    this.key = key;
    this.algorithm = algorithm;
    this.prototype = key == null ? null : freshMac();
  }

  /** A signer for {@code scheme} (such as {@code hmac-sha256}) and {@code key}; empty key: no signing. */
  public static Signer of(String scheme, String key) {
    if (key == null || key.isEmpty()) {
      return new Signer(null, null);
    }
    if (!scheme.toLowerCase(Locale.ROOT).startsWith("hmac-")) {
      throw new IllegalArgumentException("unsupported signature_scheme \"" + scheme + "\" (expected hmac-sha256)");
    }
    String algorithm = "Hmac" + scheme.substring(5).toUpperCase(Locale.ROOT).replace("-", "");
    try {
      Mac.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("unsupported signature_scheme \"" + scheme + "\"", e);
    }
    return new Signer(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm), algorithm);
  }

  /** Whether messages are signed at all. */
  public boolean isSigning() {
    return key != null;
  }

  /** The hex signature of the four JSON frames; empty when not signing. */
  public String sign(List<byte[]> parts) {
    if (key == null) {
      return "";
    }
    return HexFormat.of().formatHex(mac(parts));
  }

  /** Whether {@code signature} is right for the frames, compared in constant time. */
  public boolean verify(byte[] signature, List<byte[]> parts) {
    if (key == null) {
      return true;
    }
    byte[] expected = HexFormat.of().formatHex(mac(parts)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature);
  }

  private byte[] mac(List<byte[]> parts) {
    Mac mac;
    try {
      mac = (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      mac = freshMac(); // a provider whose Mac cannot be cloned
    }
    parts.forEach(mac::update);
    return mac.doFinal();
  }

  private Mac freshMac() {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC unavailable: " + e, e);
    }
  }
}
