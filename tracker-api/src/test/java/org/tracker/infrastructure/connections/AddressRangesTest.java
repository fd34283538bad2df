package org.tracker.infrastructure.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

  private final AddressRanges proxies =
      new AddressRanges(List.of("10.0.0.0/8", " 192.168.1.7 ", "fd00::/8"));

  @Test
  void anAddressIsTrustedInsideARangeOrWhenListedExactly() {
    assertThat(proxies.contains("10.200.3.4")).isTrue();
    assertThat(proxies.contains("192.168.1.7")).isTrue();
    assertThat(proxies.contains("fd12:3456::1")).isTrue();
    assertThat(proxies.contains("11.0.0.1")).isFalse();
    assertThat(proxies.contains("192.168.1.8")).isFalse();
    assertThat(proxies.contains("fe80::1")).isFalse();
  }

  @Test
  void namesAndGarbageInAHeaderAreNeverTrustedNorLookedUp() {
    assertThat(proxies.contains("localhost")).isFalse();
    assertThat(proxies.contains("unknown")).isFalse();
    assertThat(proxies.contains("cafe")).isFalse(); // a name made of hex digits: not looked up
    assertThat(proxies.contains("")).isFalse();
    assertThat(proxies.contains((String) null)).isFalse();
  }

  @Test
  void aSettingThatIsNotAnAddressOrRangeStopsTheStartNamingIt() {
    assertThatThrownBy(() -> new AddressRanges(List.of("proxy.internal")))
        .hasMessageContaining("'proxy.internal'");
    assertThatThrownBy(() -> new AddressRanges(List.of("10.0.0.0/33")))
        .hasMessageContaining("'10.0.0.0/33'");
  }

  @Test
  void theClientBehindTrustedProxiesIsTheLastAddressTheyDidNotAdd() {
    ForwardedClientLimit limit = new ForwardedClientLimit(2, proxies, "X-Forwarded-For");
    assertThat(limit.clientOf("203.0.113.7", "10.0.0.1")).isEqualTo("203.0.113.7");
    assertThat(limit.clientOf("198.51.100.1, 203.0.113.7, 10.1.1.1", "10.0.0.1"))
        .isEqualTo("203.0.113.7");
    assertThat(limit.clientOf(null, "10.0.0.1")).isEqualTo("10.0.0.1");
    assertThat(limit.clientOf("10.2.2.2", "10.0.0.1")).isEqualTo("10.0.0.1");
  }

  @Test
  void anIpv6ClientCountsByItsSlash64SoItCannotSpreadOverItsOwnAddresses() throws Exception {
    assertThat(AddressRanges.client(InetAddress.getByName("2001:db8:1:2:aaaa::1")))
        .isEqualTo(AddressRanges.client(InetAddress.getByName("2001:db8:1:2:bbbb::9")))
        .isEqualTo(InetAddress.getByName("2001:db8:1:2::"));
    assertThat(AddressRanges.client(InetAddress.getByName("2001:db8:1:3::1")))
        .isNotEqualTo(AddressRanges.client(InetAddress.getByName("2001:db8:1:2::1")));
    assertThat(AddressRanges.client(InetAddress.getByName("203.0.113.7")))
        .isEqualTo(InetAddress.getByName("203.0.113.7"));
    ForwardedClientLimit limit = new ForwardedClientLimit(2, proxies, "X-Forwarded-For");
    assertThat(limit.clientOf("2001:db8:1:2:aaaa::1", "10.0.0.1"))
        .isEqualTo(limit.clientOf("2001:db8:1:2:cccc::7", "10.0.0.1"))
        .isEqualTo("2001:db8:1:2:0:0:0:0/64");
  }
}
