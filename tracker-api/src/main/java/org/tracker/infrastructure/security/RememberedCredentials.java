package org.tracker.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of
 * milliseconds by design — on every API call that was most of Tracker's answer time. A successful
 * check is therefore remembered for a few minutes under an HMAC of the name and password with a key
 * made at start (never stored, never logged): the same credentials within that time are answered by
 * a hash lookup; anything else, and every failure, goes to the bcrypt check.
 */
final class RememberedCredentials implements AuthenticationProvider {

  private static final Duration REMEMBERED = Duration.ofMinutes(5);
  private static final int MOST = 10_000;

  private record Remembered(Authentication authentication, Instant until) {}

  private final AuthenticationProvider checks;
  private final Clock clock;
  private final byte[] key = new byte[32];
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  RememberedCredentials(AuthenticationProvider checks, Clock clock) {
    this.checks = checks;
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    if (!(authentication.getCredentials() instanceof String password)) {
      return checks.authenticate(authentication);
    }
    String fingerprint = fingerprint(authentication.getName(), password);
    Instant now = clock.instant();
    Remembered known = remembered.get(fingerprint);
    if (known != null && known.until().isAfter(now)) {
      return known.authentication();
    }
    Authentication checked = checks.authenticate(authentication);
    if (checked != null && checked.isAuthenticated()) {
      if (remembered.size() >= MOST) {
        remembered.values().removeIf(r -> !r.until().isAfter(now));
        if (remembered.size() >= MOST) {
          remembered.clear();
        }
      }
      remembered.put(fingerprint, new Remembered(checked, now.plus(REMEMBERED)));
    }
    return checked;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private String fingerprint(String name, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((name + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
