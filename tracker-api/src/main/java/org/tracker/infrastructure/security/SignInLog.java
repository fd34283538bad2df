package org.tracker.infrastructure.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Failed sign-ins, logged with the name tried and why (never the password or token). */
@Component
public class SignInLog {

  private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

  @EventListener
  public void failed(AbstractAuthenticationFailureEvent event) {
    log.atWarn()
        .addKeyValue("user.name", String.valueOf(event.getAuthentication().getName()))
        .log(
            "sign-in failed for '{}': {}",
            event.getAuthentication().getName(),
            event.getException().getMessage());
  }
}
