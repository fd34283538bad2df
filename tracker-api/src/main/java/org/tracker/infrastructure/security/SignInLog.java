package org.tracker.infrastructure.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/** Failed sign-ins, logged with the name tried and why (never the password or token). */
@Component
public class SignInLog {

  private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

  @EventListener
  public void failed(AbstractAuthenticationFailureEvent event) {
    String who = who(event.getAuthentication());
    log.atWarn()
        .addKeyValue("user.name", who)
        .log("sign-in failed for {}: {}", who, event.getException().getMessage());
  }

  /** The name tried — never a token: a bearer token's "name" is the token itself. */
  static String who(Authentication attempt) {
    if (attempt instanceof BearerTokenAuthenticationToken) {
      return "a bearer token";
    }
    return "'" + attempt.getName() + "'";
  }
}
