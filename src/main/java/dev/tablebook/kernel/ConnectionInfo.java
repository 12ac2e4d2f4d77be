package dev.tablebook.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tablebook.io.JsonErrors;
import dev.tablebook.io.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A Jupyter connection file: where the five sockets listen and how messages are signed.
 *
 * @since 0.1
 */
public record ConnectionInfo(
    String transport, String ip, int shellPort, int controlPort, int iopubPort, int stdinPort, int hbPort,
    String key, String signatureScheme) {

  /** Reads {@code file}; a missing or malformed file is an {@link IllegalArgumentException} naming it. */
  public static ConnectionInfo read(Path file) {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(TextFiles.readUtf8(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no connection file at " + file);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the connection file " + JsonErrors.notValidJson(file.toString(), e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the connection file " + file + ": " + e.getMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("the connection file " + file + " is not a JSON object");
    }
    return new ConnectionInfo(json.path("transport").asText("tcp"), json.path("ip").asText("127.0.0.1"),
        port(json, "shell_port", file), port(json, "control_port", file), port(json, "iopub_port", file),
        port(json, "stdin_port", file), port(json, "hb_port", file), json.path("key").asText(""),
        json.path("signature_scheme").asText("hmac-sha256"));
  }

  private static int port(JsonNode json, String name, Path file) {
    JsonNode port = json.path(name);
    if (!port.canConvertToInt() || port.asInt() < 0 || port.asInt() > 65535) {
      throw new IllegalArgumentException("the connection file " + file + " has no valid " + name);
    }
    return port.asInt();
  }

  /** The ZeroMQ address for {@code port}, such as {@code tcp://127.0.0.1:5555}. */
  public String address(int port) {
    return transport.equals("ipc") ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
  }
}
