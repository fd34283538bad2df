package org.tracker.infrastructure.connections;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Behind a trusted reverse proxy, the cap of {@link CappedNioProtocol} keys on the client the proxy
 * names: a request from a trusted proxy counts against the address in the forwarded header (the
 * last one in it that is not itself a trusted proxy), and a client with as many requests in
 * progress as the cap is answered 429. Requests from anyone else pass untouched (they were capped
 * by their socket address when their connection was accepted) and their forwarded header is
 * ignored.
 */
final class ForwardedClientLimit extends ValveBase {

  private final int perClient;
  private final AddressRanges trusted;
  private final String header;
  private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

  ForwardedClientLimit(int perClient, AddressRanges trusted, String header) {
    super(true);
    this.perClient = perClient;
    this.trusted = trusted;
    this.header = header;
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    String peer = request.getRemoteAddr();
    if (!trusted.contains(peer)) {
      getNext().invoke(request, response);
      return;
    }
    String client = clientOf(request.getHeader(header), peer);
    AtomicBoolean admitted = new AtomicBoolean();
    inProgress.compute(
        client,
        (address, n) -> {
          int held = n == null ? 0 : n;
          if (held >= perClient) {
            return n;
          }
          admitted.set(true);
          return held + 1;
        });
    if (!admitted.get()) {
      response.setStatus(429);
      response.setHeader("Retry-After", "5");
      response.setContentType("application/problem+json");
      response
          .getOutputStream()
          .write(
              Refusal429.json(
                      client
                          + " has "
                          + perClient
                          + " requests in progress, the most one client may; try again later")
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    try {
      getNext().invoke(request, response);
    } finally {
      inProgress.computeIfPresent(client, (address, n) -> n <= 1 ? null : n - 1);
    }
  }

  /** The last address in the header that is not a trusted proxy; the peer when there is none. */
  String clientOf(String forwarded, String peer) {
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return AddressRanges.client(hop.length() > 64 ? hop.substring(0, 64) : hop);
      }
    }
    return peer;
  }
}
