package dev.tablebook.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Spark Connect addresses read as Spark Connect's client reads them; every mistake said as
 * {@code ADDRESS: what is wrong} with the token hidden, whatever the token holds.
 */
class SparkConnectAddressTest {
  private static final String TOKEN = "s3cr3t";

  @Test
  void hostAndPortWithSparksDefaultPort() {
    assertEquals(new SparkConnectAddress("cluster.example", 443), SparkConnectAddress.parse("sc://cluster.example:443/;token=abc;use_ssl=true"));
    assertEquals(new SparkConnectAddress("localhost", 15002), SparkConnectAddress.parse("sc://localhost"));
    assertEquals(new SparkConnectAddress("localhost", 15002), SparkConnectAddress.parse("sc://localhost:/"));
    assertEquals(new SparkConnectAddress("::1", 15002), SparkConnectAddress.parse("sc://[::1]"));
    assertEquals(new SparkConnectAddress("::1", 15003), SparkConnectAddress.parse("sc://[::1]:15003/;user_id=ann;;token=a%23b"));
    assertEquals("sc://[::1]:15003", SparkConnectAddress.parse("sc://[::1]:15003/;token=x").shown());
    assertEquals(new SparkConnectAddress("h", 1), SparkConnectAddress.parse(
        "sc://h:1/;session_id=0b5e5d4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f;grpc_max_message_size=134217728;x-header=v"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "sc://localhost:15002/;token=TOKEN\\n    | sc://localhost:15002/;token=…: the address ends with a line break (text read with Files.readString keeps the file's last line break: strip() it)",
      "sc://localhost:15002\\r\\n              | sc://localhost:15002\\r\\n: the address ends with a line break (text read with Files.readString keeps the file's last line break: strip() it)",
      "sc://localhost:15002/;token=TO KEN      | sc://localhost:15002/;token=…: the address has a space at character 31 (none may stand in an address: percent-encode it)",
      "sc://localhost:port/;token=TOKEN        | sc://localhost:port/;token=…: the port is not a number",
      "sc://localhost:99999/;token=TOKEN       | sc://localhost:99999/;token=…: the port is not between 1 and 65535",
      "sc://:15002/;token=TOKEN                | sc://:15002/;token=…: no host (sc://host:15002, say)",
      "sc://my_host:15002/;token=TOKEN         | sc://my_host:15002/;token=…: the host is not a host name (letters, digits, '-' and '.') nor an IP address ([::1] for IPv6)",
      "sc://::1/;token=TOKEN                   | sc://::1/;token=…: an IPv6 host stands in brackets: sc://[::1]:15002",
      "sc://ann:TOKEN@h:15002                  | sc://ann:…@h:15002: a Spark Connect address has no user@ part: a credential goes in ;token=…",
      "sc://h:15002;token=TOKEN                | sc://h:15002;token=…: parameters come after a slash: sc://host:port/;name=value",
      "sc://h:15002/;token=TO#KEN              | sc://h:15002/;token=…: '?' and '#' end an address's path, so what follows them would be lost: percent-encode them (%3F, %23)",
      "sc://h:15002/token=TOKEN                | sc://h:15002/token=…: the address has a path after the host; parameters start with ';': sc://host:port/;name=value",
      "sc://h:15002/;token=TOKEN=x             | sc://h:15002/;token=…: the value of token holds '=': Spark Connect's client splits a parameter at every '=' (a percent-encoded one too), so such a value cannot be given in the address",
      "sc://h:15002/;token=TOKEN%3Dx           | sc://h:15002/;token=…: the value of token holds '=': Spark Connect's client splits a parameter at every '=' (a percent-encoded one too), so such a value cannot be given in the address",
      "sc://h:15002/;use_ssl=true;TOKEN        | sc://h:15002/;use_ssl=true;…: parameter 2 is not name=value",
      "sc://h:15002/;=TOKEN                    | sc://h:15002/;…: parameter 1 has no name",
      "sc://h:15002/;token=                    | sc://h:15002/;token=: the parameter token has no value",
      "sc://h:15002/;token=TOKEN%zz            | sc://h:15002/;token=…: not a valid address (malformed escape pair at character 27)",
      "sc://h:15002/;token=TOKEN;session_id=1  | sc://h:15002/;token=…;session_id=1: the parameter session_id is not a UUID",
      "sc://h:15002/;grpc_max_message_size=1e9;token=TOKEN | sc://h:15002/;grpc_max_message_size=1e9;token=…: the parameter grpc_max_message_size is not a whole number of bytes",
      "https://h:15002/;token=TOKEN            | https://h:15002/;token=…: a Spark Connect address starts with sc:// (sc://host:15002, say)",
  })
  void aMistakeIsSaidWithoutTheToken(String address, String message) {
    String text = address.replace("TOKEN", TOKEN).replace("TO KEN", "s3 cr3t").replace("TO#KEN", "s3#cr3t").replace("\\n", "\n").replace("\\r", "\r");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkConnectAddress.parse(text));
    assertEquals(message, e.getMessage());
    assertFalse(e.getMessage().contains("s3"), e.getMessage());
    assertEquals(message.substring(0, message.indexOf(": ")), SparkConnectAddress.shown(text), "shown as it is in the message");
  }

  @Test
  void noAddressAtAll() {
    assertEquals("no Spark Connect address (null); sc://host:15002, say",
        assertThrows(IllegalArgumentException.class, () -> SparkConnectAddress.parse(null)).getMessage());
  }
}
