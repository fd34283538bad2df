package org.tracker.infrastructure.connections;

import java.time.Duration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The web server's defences against slow and greedy clients (docs/security.md, "Connection
 * limits"): read deadlines for headers and bodies, and a cap on the connections one client address
 * holds, so that a few hundred connections dribbling a byte at a time hold a bounded share of the
 * request threads and everyone else keeps being answered.
 */
@Component
// before Spring Boot's own customizer, so that ForwardedClientLimit comes before the RemoteIpValve
// that server.forward-headers-strategy adds (on Kubernetes by default) and sees the socket's peer
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConnectionLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private static final Duration IDLE = Duration.ofSeconds(60);
  private final ConnectionSettings settings;

  ConnectionLimits(ConnectionSettings settings) {
    this.settings = settings;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    AddressRanges trusted = new AddressRanges(settings.trustedProxies());
    factory.setProtocol(CappedNioProtocol.class.getName());
    factory.addConnectorCustomizers(
        connector -> {
          if (connector.getProtocolHandler() instanceof CappedNioProtocol http) {
            http.cap(settings.perAddress(), trusted);
            http.setConnectionTimeout((int) settings.headerTimeout().toMillis());
            // an idle kept-alive connection holds no thread: Tomcat's own minute, as before
            http.setKeepAliveTimeout((int) IDLE.toMillis());
            http.setDisableUploadTimeout(false);
            http.setConnectionUploadTimeout((int) settings.bodyTimeout().toMillis());
          }
        });
    factory.addEngineValves(new DropTheRest());
    if (!trusted.isEmpty()) {
      factory.addEngineValves(
          new ForwardedClientLimit(settings.perAddress(), trusted, settings.forwardedHeader()));
    }
  }
}
