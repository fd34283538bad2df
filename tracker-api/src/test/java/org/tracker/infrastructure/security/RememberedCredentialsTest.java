package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class RememberedCredentialsTest {

  /** Accepts "maria" with "right", counting the (expensive) checks. */
  static final class Checks implements AuthenticationProvider {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Authentication authenticate(Authentication a) {
      calls.incrementAndGet();
      if (a.getName().equals("maria") && "right".equals(a.getCredentials())) {
        return UsernamePasswordAuthenticationToken.authenticated("maria", null, List.of());
      }
      throw new BadCredentialsException("bad");
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return true;
    }
  }

  private static Authentication attempt(String name, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aRightPasswordIsCheckedOnceWithinFiveMinutesAndAgainAfter() {
    Checks checks = new Checks();
    MovableClock clock = new MovableClock();
    RememberedCredentials remembered = new RememberedCredentials(checks, clock);

    assertThat(remembered.authenticate(attempt("maria", "right")).getName()).isEqualTo("maria");
    assertThat(remembered.authenticate(attempt("maria", "right")).isAuthenticated()).isTrue();
    assertThat(checks.calls).hasValue(1);

    clock.now = clock.now.plus(Duration.ofMinutes(6));
    remembered.authenticate(attempt("maria", "right"));
    assertThat(checks.calls).hasValue(2);
  }

  @Test
  void aWrongPasswordIsAlwaysCheckedEvenRightAfterTheRightOne() {
    Checks checks = new Checks();
    RememberedCredentials remembered = new RememberedCredentials(checks, new MovableClock());
    remembered.authenticate(attempt("maria", "right"));

    assertThatThrownBy(() -> remembered.authenticate(attempt("maria", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> remembered.authenticate(attempt("maria", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> remembered.authenticate(attempt("mallory", "right")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks.calls).hasValue(4);
  }
}
