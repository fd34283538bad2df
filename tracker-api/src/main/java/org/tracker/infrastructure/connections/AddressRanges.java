package org.tracker.infrastructure.connections;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 127.0.0.1}).
 */
final class AddressRanges {

  private record Range(byte[] network, int bits) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  // a literal address only (dotted IPv4 or an IPv6 with colons): InetAddress never looks it up
  private static final Pattern LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*");
  private final List<Range> ranges;

  AddressRanges(List<String> entries) {
    this.ranges =
        entries.stream()
            .map(String::strip)
            .filter(e -> !e.isEmpty())
            .map(AddressRanges::parse)
            .toList();
  }

  private static Range parse(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    if (!LITERAL.matcher(address).matches()) {
      throw new IllegalArgumentException(
          "tracker.connections.trusted-proxies: '" + entry + "' is not an address or CIDR range");
    }
    try {
      byte[] network = InetAddress.getByName(address).getAddress();
      int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
      if (bits < 0 || bits > network.length * 8) {
        throw new NumberFormatException();
      }
      return new Range(network, bits);
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "tracker.connections.trusted-proxies: '" + entry + "' is not an address or CIDR range");
    }
  }

  /**
   * The client an address stands for, as the caps count it: an IPv4 address itself, an IPv6 address
   * by its /64 — the block one subscriber is given, all of whose addresses one machine may use.
   */
  static InetAddress client(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address;
    }
    byte[] prefix = address.getAddress();
    Arrays.fill(prefix, 8, 16, (byte) 0);
    try {
      return InetAddress.getByAddress(prefix);
    } catch (UnknownHostException e) {
      return address; // 16 bytes are always an address
    }
  }

  /** The same for an address in a header: a literal one grouped, anything else as written. */
  static String client(String address) {
    if (!LITERAL.matcher(address).matches()) {
      return address;
    }
    try {
      InetAddress parsed = InetAddress.getByName(address);
      return parsed instanceof Inet6Address
          ? client(parsed).getHostAddress() + "/64"
          : parsed.getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  boolean isEmpty() {
    return ranges.isEmpty();
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return ranges.stream().anyMatch(r -> r.contains(bytes));
  }

  boolean contains(String address) {
    if (address == null || !LITERAL.matcher(address).matches()) {
      return false;
    }
    try {
      return contains(InetAddress.getByName(address));
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
