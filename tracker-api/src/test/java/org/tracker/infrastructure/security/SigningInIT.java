package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Signing in through the login page: only with the page's CSRF token (a forged form cannot sign a
 * victim in as the forger), into a session whose cookie other sites' requests do not carry.
 */
@TrackerIntegrationTest
class SigningInIT {

  @LocalServerPort int port;

  private final HttpClient browser =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  private URI at(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> signIn(String form) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(at("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> loginPage() throws Exception {
    return browser.send(
        HttpRequest.newBuilder(at("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signingInWithoutTheLoginPagesTokenIsRefused() throws Exception {
    HttpResponse<String> forged = signIn("username=viewer&password=viewer-password");

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Location")).isEmpty();
    assertThat(
            browser
                .send(
                    HttpRequest.newBuilder(at("/api/vocabulary")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void signingInThroughTheLoginPageWithItsTokenLeadsToTheBoard() throws Exception {
    HttpResponse<String> page = loginPage();
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();

    HttpResponse<String> signedIn =
        signIn(
            "username=viewer&password=viewer-password&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/board");
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHiddenFromScripts() throws Exception {
    HttpResponse<String> page = loginPage();

    assertThat(page.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement()
        .asString()
        .contains("SameSite=Lax")
        .contains("HttpOnly");
  }
}
