package org.tracker.infrastructure.connections;

import java.nio.charset.StandardCharsets;

/** The answer to a client over its share of connections: 429 as problem+json, then closing. */
final class Refusal429 {

  static final String TITLE = "Too many at once";

  private Refusal429() {}

  static String json(String detail) {
    return "{\"type\":\"about:blank\",\"title\":\""
        + TITLE
        + "\",\"status\":429,\"detail\":\""
        + detail
        + "\"}";
  }

  static byte[] httpResponse(String detail) {
    byte[] body = json(detail).getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 429 Too Many Requests\r\n"
            + "Content-Type: application/problem+json\r\n"
            + "Content-Length: "
            + body.length
            + "\r\nRetry-After: 5\r\nConnection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }
}
