package org.tracker.infrastructure.connections;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one client may hold of the web server (docs/security.md, "Connection limits").
 *
 * @param perAddress open connections one client address (an IPv6 one: its /64) may hold; further
 *     connections are refused as they are accepted, before a request is read
 * @param headerTimeout longest wait for the next bytes of a request's line and headers
 * @param bodyTimeout longest wait for the next bytes of a request body
 * @param minBodyRate bytes per second a request body must average once {@code bodyTimeout} has
 *     passed since it was first read (0: no such deadline); a slower body is refused with 408 and
 *     its connection closed without reading the rest
 * @param trustedProxies addresses (or CIDR ranges such as {@code 10.0.0.0/8}) of reverse proxies
 *     whose {@code forwardedHeader} names the client; none by default: every cap keys on the
 *     socket's address and the header is ignored
 * @param forwardedHeader the header a trusted proxy puts the client's address in
 */
@ConfigurationProperties("tracker.connections")
public record ConnectionSettings(
    @DefaultValue("64") int perAddress,
    @DefaultValue("10s") Duration headerTimeout,
    @DefaultValue("10s") Duration bodyTimeout,
    @DefaultValue("1024") long minBodyRate,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("X-Forwarded-For") String forwardedHeader) {

  public ConnectionSettings {
    if (perAddress < 1) {
      throw new IllegalArgumentException("tracker.connections.per-address must be at least 1");
    }
    if (minBodyRate < 0) {
      throw new IllegalArgumentException("tracker.connections.min-body-rate must not be negative");
    }
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
  }
}
