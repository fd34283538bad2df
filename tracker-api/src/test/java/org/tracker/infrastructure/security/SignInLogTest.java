package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class SignInLogTest {

  @Test
  void aFailedBearerTokenIsNamedWithoutTheTokenAndAFailedUserByName() {
    String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
    assertThat(SignInLog.who(new BearerTokenAuthenticationToken(token)))
        .isEqualTo("a bearer token")
        .doesNotContain(token);
    assertThat(SignInLog.who(UsernamePasswordAuthenticationToken.unauthenticated("maria", "pw")))
        .isEqualTo("'maria'");
  }
}
