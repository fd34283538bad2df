package org.tracker.infrastructure.connections;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;

/**
 * Tomcat's HTTP/1.1 connector with a cap on the connections one client address holds open: a
 * connection over it is answered 429 and closed as it is accepted, before a byte of its request is
 * read and before it takes one of the request threads. Connections from trusted proxies are not
 * capped here (they carry many clients; {@link ForwardedClientLimit} counts those by the address
 * the proxy names). Tomcat makes this class by its name ({@code TomcatServletWebServerFactory
 * #setProtocol}); {@link ConnectionLimits} then gives it its settings.
 */
public class CappedNioProtocol extends Http11NioProtocol {

  private final CappedEndpoint endpoint;

  public CappedNioProtocol() {
    this(new CappedEndpoint());
  }

  private CappedNioProtocol(CappedEndpoint endpoint) {
    super(endpoint);
    this.endpoint = endpoint;
  }

  void cap(int perAddress, AddressRanges exempt) {
    endpoint.perAddress = perAddress;
    endpoint.exempt = exempt;
  }

  /** Connections refused so far for being over their address's cap. */
  public long refused() {
    return endpoint.refused.sum();
  }

  static final class CappedEndpoint extends NioEndpoint {
    private static final int SWEEP_EVERY = 1024;
    private final Map<InetAddress, Set<SocketChannel>> open = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();
    private volatile int perAddress = Integer.MAX_VALUE;
    private volatile AddressRanges exempt = new AddressRanges(java.util.List.of());
    private long accepted;

    /**
     * Called by the one acceptor thread for each new connection: a channel counts against its
     * address while it is open (closed ones are pruned when their address connects again, and all
     * of them every {@value #SWEEP_EVERY} connections), so no close hook is needed.
     */
    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
      InetAddress address = peer(socket);
      if (address != null && !exempt.contains(address)) {
        Set<SocketChannel> mine =
            open.computeIfAbsent(AddressRanges.client(address), a -> ConcurrentHashMap.newKeySet());
        mine.removeIf(channel -> !channel.isOpen());
        if (mine.size() >= perAddress) {
          refuse(socket, address);
          return false; // the acceptor closes it
        }
        mine.add(socket);
      }
      if (++accepted % SWEEP_EVERY == 0) {
        open.values().forEach(channels -> channels.removeIf(channel -> !channel.isOpen()));
        open.values().removeIf(Set::isEmpty);
      }
      return super.setSocketOptions(socket);
    }

    private static InetAddress peer(SocketChannel socket) {
      try {
        return socket.getRemoteAddress() instanceof InetSocketAddress inet
            ? inet.getAddress()
            : null;
      } catch (IOException e) {
        return null;
      }
    }

    private static String name(InetAddress address) {
      return address instanceof Inet6Address
          ? AddressRanges.client(address).getHostAddress() + "/64"
          : address.getHostAddress();
    }

    private void refuse(SocketChannel socket, InetAddress address) {
      refused.increment();
      try {
        // never blocks the acceptor: a new connection's empty send buffer takes these few hundred
        // bytes at once, and whatever it would not take is dropped with the connection
        socket.configureBlocking(false);
        socket.write(
            ByteBuffer.wrap(
                Refusal429.httpResponse(
                    name(address)
                        + " holds "
                        + perAddress
                        + " connections, the most one address may; close one or try again"
                        + " later")));
        socket.shutdownOutput();
      } catch (IOException e) {
        // gone already
      }
    }
  }
}
