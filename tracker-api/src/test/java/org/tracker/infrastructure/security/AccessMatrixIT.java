package org.tracker.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Every registered endpoint × every role, generated from the application's own request mappings: no
 * credentials → 401 (the API) or the login page (the dashboard); a role below the endpoint's rule →
 * 403; its role or above → through. An endpoint without a rule in {@link AccessRules} fails here.
 */
@TrackerIntegrationTest
class AccessMatrixIT {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newHttpClient();
  private final AntPathMatcher paths = new AntPathMatcher();

  /** One registered endpoint: method, pattern and a concrete path for it. */
  record Endpoint(String method, String pattern, String path) {}

  private List<Endpoint> endpoints() {
    Set<String> seen = new TreeSet<>();
    List<Endpoint> endpoints = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                for (RequestMethod method :
                    methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                  String path = pattern.replaceAll("\\{[^}]+}", "x").replace("**", "x");
                  if (seen.add(method + " " + pattern)) {
                    endpoints.add(new Endpoint(method.name(), pattern, path));
                  }
                }
              }
            });
    assertThat(endpoints).hasSizeGreaterThan(50);
    return endpoints;
  }

  private Optional<AccessRules.Rule> rule(Endpoint endpoint) {
    return AccessRules.RULES.stream()
        .filter(r -> r.method().name().equals(endpoint.method()))
        .filter(r -> paths.match(r.pattern(), endpoint.path()))
        .findFirst();
  }

  @Test
  void everyRegisteredEndpointHasAnAccessRule() {
    List<String> missing = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      if (rule(endpoint).isEmpty()) {
        missing.add(endpoint.method() + " " + endpoint.pattern());
      }
    }
    assertThat(missing).as("endpoints without a rule in AccessRules").isEmpty();
  }

  @Test
  void everyEndpointAnswersEachRoleAsItsRuleSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    int requests = 0;
    for (Endpoint endpoint : endpoints()) {
      AccessRules.Rule rule = rule(endpoint).orElseThrow();
      if (rule.isPublic()) {
        continue;
      }
      boolean api = endpoint.path().startsWith("/api/") || endpoint.path().startsWith("/v3/");
      int anonymous = status(endpoint, null);
      requests++;
      if (api ? anonymous != 401 : anonymous != 302) {
        wrong.add(endpoint + " without credentials answered " + anonymous);
      }
      for (Role role : Role.values()) {
        int status = status(endpoint, role.name().toLowerCase());
        requests++;
        boolean allowed = role.ordinal() >= rule.role().ordinal();
        if (allowed && (status == 401 || status == 403)) {
          wrong.add(endpoint + " refused " + role + " with " + status);
        } else if (!allowed && status != 403) {
          wrong.add(endpoint + " answered " + role + " with " + status + ", not 403");
        }
        if (status >= 500) {
          wrong.add(endpoint + " answered " + role + " with " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(requests).isGreaterThanOrEqualTo(250);
  }

  /** The status of one request; the body is not read (the live stream never ends). */
  private int status(Endpoint endpoint, String user) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()));
    if (endpoint.method().equals("GET")) {
      request.GET();
    } else {
      boolean ndjson = endpoint.path().equals("/api/import");
      request
          .header("Content-Type", ndjson ? "application/x-ndjson" : "application/json")
          .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(ndjson ? "" : "{}"));
    }
    if (user != null) {
      request.header("Authorization", Api.basic(user));
    }
    HttpResponse<InputStream> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return response.statusCode();
  }

  @Test
  void unauthenticatedApiCallsAreToldToSignInAsProblemJson() {
    Api.Response response = new Api(port).anonymous().get("/api/timeline");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    Api.Response wrongPassword =
        new Api(port).anonymous().as("viewer-with-a-wrong-name").get("/api/timeline");
    assertThat(wrongPassword.status()).isEqualTo(401);
  }

  @Test
  void verifyingTheChainAndSigningCheckpointsAreAnAuditorsWork() {
    for (String user : List.of("viewer", "analyst")) {
      assertThat(new Api(port).as(user).get("/api/audit/verify").status()).isEqualTo(403);
      assertThat(new Api(port).as(user).post("/api/audit/checkpoints", "").status()).isEqualTo(403);
      assertThat(new Api(port).as(user).post("/api/audit/checkpoints/verify", "{}").status())
          .isEqualTo(403);
    }
    for (String user : List.of("auditor", "admin")) {
      Api.Response verified = new Api(port).as(user).get("/api/audit/verify");
      assertThat(verified.status()).isEqualTo(200);
      assertThat(verified.json().has("holds")).isTrue();
    }
  }

  @Test
  void knownAtOnEveryReadIsForAnalystsAndAboveAndNeverOpensWhatTheRoleMayNotRead()
      throws Exception {
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (Endpoint endpoint : endpoints()) {
      AccessRules.Rule rule = rule(endpoint).orElseThrow();
      if (rule.isPublic() || !endpoint.method().equals("GET")) {
        continue;
      }
      Endpoint knownAt =
          new Endpoint(
              "GET", endpoint.pattern(), endpoint.path() + "?knownAt=2020-01-01T00:00:00Z");
      for (Role role : Role.values()) {
        int status = status(knownAt, role.name().toLowerCase());
        asked++;
        boolean allowed =
            role.ordinal() >= rule.role().ordinal()
                && role.ordinal() >= AccessRules.PAST_KNOWLEDGE.ordinal();
        if (allowed && (status == 401 || status == 403)) {
          wrong.add(knownAt + " refused " + role + " with " + status);
        } else if (!allowed && status != 403) {
          wrong.add(knownAt + " answered " + role + " with " + status + ", not 403");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(asked).isGreaterThanOrEqualTo(150);
  }

  @Test
  void everyEndpointTakingKnownAtAnswersItToAnAnalystAndRefusesAViewerNamingIt() {
    List<String> taking = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                String name =
                    param == null || param.name().isEmpty()
                        ? parameter.getParameterName()
                        : param.name();
                if (param != null && "knownAt".equals(name)) {
                  taking.addAll(info.getPatternValues());
                }
              }
            });
    assertThat(taking)
        .as("the endpoints that take knownAt")
        .contains("/api/timeline", "/api/relationships/{a}/{b}", "/api/watch-items/{id}");

    String path = "/api/timeline?knownAt=2020-01-01T00:00:00Z";
    Api.Response viewer = new Api(port).as("viewer").get(path);
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(viewer.contentType()).startsWith("application/problem+json");
    assertThat(viewer.json().path("detail").asText()).contains("knownAt").contains("ANALYST");
    assertThat(new Api(port).as("analyst").get(path).status()).isEqualTo(200);
    assertThat(new Api(port).as("auditor").get(path).status()).isEqualTo(200);
    assertThat(new Api(port).as("viewer").get("/api/timeline").status()).isEqualTo(200);
    assertThat(new Api(port).as("analyst").get("/api/audit/log?knownAt=2020-01-01T00:00:00Z"))
        .as("the audit log stays the auditor's, knownAt or not")
        .extracting(Api.Response::status)
        .isEqualTo(403);
  }

  @Test
  void theAuthorIsWhoeverSignedInWhateverTheClientSays() {
    Api api = new Api(port).as("other-analyst");
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String id = Fixtures.freshId();
    Api.Response recorded =
        api.post(
            "/api/developments",
            Fixtures.partnership(id, a, b, "PARTNERSHIP", "夥伴關係", "2010", fixtures.document()));
    assertThat(recorded.status()).isEqualTo(201);

    var stream = new Api(port).as("auditor").get("/api/audit/streams/" + id).json();
    assertThat(stream.toString()).contains("\"recordedBy\":\"other-analyst\"");

    String forged =
        Fixtures.partnership(
                Fixtures.freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2011", fixtures.document())
            .replaceFirst("\\{", "{\"recordedBy\": \"admin\", ");
    Api.Response refused = api.post("/api/developments", forged);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("recordedBy");
  }
}
