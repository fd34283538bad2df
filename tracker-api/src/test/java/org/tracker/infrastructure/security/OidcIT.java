package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * The identity-provider option: Tracker as an OAuth2 resource server taking JWT bearer tokens,
 * roles from a configurable claim (here the nested {@code realm_access.roles}), the author from
 * {@code preferred_username}. The tokens are signed here with a key whose public half Tracker is
 * given, as an identity provider's would be.
 */
class OidcIT {

  @TempDir static Path dir;
  static KeyPair keys;
  static SecondApp app;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    Path pem = dir.resolve("idp.pem");
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    TestDatabase database = TestDatabase.get().another();
    app =
        SecondApp.on(
            database,
            "--tracker.security.mode=OIDC",
            "--tracker.security.oidc.roles-claim=realm_access.roles",
            "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static String token(String user, String... roles) throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("sub-" + user)
            .claim("preferred_username", user)
            .claim("realm_access", Map.of("roles", List.of(roles)))
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    return jwt.serialize();
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String actor(String code) {
    return """
        {"type": "ACTOR_REGISTERED", "attributes": {"code": "%s", "kind": "ORGANIZATION",
         "name": {"en": "Org %s", "zh-Hant": "組織 %s"}}}"""
        .formatted(code, code, code);
  }

  @Test
  void aTokenWithAnAnalystRoleRecordsAndTheAuthorIsItsUser() throws Exception {
    String analyst = token("maria", "ANALYST", "offline_access");
    HttpResponse<String> recorded =
        send("POST", "/api/developments", analyst, actor(Fixtures.freshCode()));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"recordedBy\":\"maria\"");
  }

  @Test
  void rolesDecideAndNoTokenOrABadOneIsTold401() throws Exception {
    String viewer = token("vera", "VIEWER");
    assertThat(send("GET", "/api/timeline", viewer, null).statusCode()).isEqualTo(200);
    HttpResponse<String> write =
        send("POST", "/api/developments", viewer, actor(Fixtures.freshCode()));
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(send("GET", "/api/timeline?knownAt=2020-01-01T00:00:00Z", viewer, null).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/audit/log", token("ada", "AUDITOR"), null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/timeline", token("nobody", "GUEST"), null).statusCode())
        .isEqualTo(403);

    HttpResponse<String> none = send("GET", "/api/timeline", null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    String forged = viewer.substring(0, viewer.lastIndexOf('.') + 1) + "AAAA";
    assertThat(send("GET", "/api/timeline", forged, null).statusCode()).isEqualTo(401);
  }
}
