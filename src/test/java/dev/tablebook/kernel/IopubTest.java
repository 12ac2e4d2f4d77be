package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.kernel.wire.Message;
import dev.tablebook.kernel.wire.Signer;
import dev.tablebook.kernel.wire.WireCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** A broadcast that fails, an {@link Error} included, is logged and dropped; the publishing thread goes on. */
class IopubTest {

  /** Content whose serialisation throws an Error, as a broken value in a display's metadata could. */
  public static final class Poison {
    public String getValue() {
      throw new OutOfMemoryError("injected while serialising");
    }
  }

  @Test
  void aBroadcastThatThrowsAnErrorIsLoggedAndTheNextGoesOut() throws Exception {
    WireCodec codec = new WireCodec(Signer.of("hmac-sha256", "k"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (ZContext context = new ZContext()) {
      ZMQ.Socket pub = context.createSocket(SocketType.PUB);
      pub.bind("inproc://iopub-test");
      ZMQ.Socket sub = context.createSocket(SocketType.SUB);
      sub.subscribe(new byte[0]);
      sub.setReceiveTimeOut(50);
      sub.connect("inproc://iopub-test");
      Iopub iopub = new Iopub(pub, codec, "session", new PrintStream(log, true, StandardCharsets.UTF_8));

      ObjectNode poisoned = Json.object();
      poisoned.putPOJO("data", new Poison());
      iopub.publish(null, "display_data", poisoned); // must not throw
      assertTrue(log.toString(StandardCharsets.UTF_8).contains("OutOfMemoryError"), log.toString(StandardCharsets.UTF_8));

      Message received = null;
      for (int attempt = 0; attempt < 100 && received == null; attempt++) {
        iopub.status(null, "idle"); // PUB drops until the subscription is live: publish until it arrives
        List<byte[]> frames = Sockets.receive(sub);
        if (frames != null) {
          received = codec.decode(frames);
        }
      }
      assertTrue(received != null, "a later broadcast went out");
      assertEquals("status", received.type());
    }
  }
}
