package org.tracker.infrastructure.security;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Every endpoint and the least role it needs — the one table the security filter is built from and
 * {@code AccessMatrixIT} checks every registered endpoint against. There is no catch-all for the
 * application's own endpoints: one missing here is refused to everyone (and fails that test).
 */
public final class AccessRules {

  /** One endpoint pattern ({@code *} stands for one path segment) and who may call it. */
  public record Rule(HttpMethod method, String pattern, Role role) {
    public boolean isPublic() {
      return role == null;
    }
  }

  private AccessRules() {}

  /**
   * Who may read past knowledge (docs/security.md): {@code knownAt} on any read, a development's
   * history (earlier versions, reasons, authors) and, on the live stream, what was superseded or
   * retracted. Below it (VIEWER), every endpoint and the stream show current versions only.
   */
  public static final Role PAST_KNOWLEDGE = Role.ANALYST;

  /** The query parameter that asks what was known at a past moment. */
  public static final String KNOWN_AT = "knownAt";

  /** Whether whoever is making the current request may read past knowledge. */
  public static boolean pastKnowledgeAllowedNow() {
    return PAST_KNOWLEDGE.isHeldNow();
  }

  private static Rule get(String pattern, Role role) {
    return new Rule(HttpMethod.GET, pattern, role);
  }

  private static Rule post(String pattern, Role role) {
    return new Rule(HttpMethod.POST, pattern, role);
  }

  public static final List<Rule> RULES =
      List.of(
          // open to all: sign-in, the dashboard's static files, errors, probes
          get("/login", null),
          get("/css/**", null),
          get("/js/**", null),
          get("/error", null),
          get("/actuator/health", null),
          get("/actuator/health/**", null),
          // the dashboard
          get("/", Role.VIEWER),
          get("/board", Role.VIEWER),
          get("/timeline", Role.VIEWER),
          get("/relationships/*/*", Role.VIEWER),
          get("/organizations/*", Role.VIEWER),
          get("/projects", Role.VIEWER),
          get("/projects/*", Role.VIEWER),
          get("/agreements/*", Role.VIEWER),
          get("/watch", Role.VIEWER),
          get("/capture", Role.ANALYST),
          get("/import", Role.ANALYST),
          // the API's documentation
          get("/v3/api-docs", Role.VIEWER),
          get("/v3/api-docs.yaml", Role.VIEWER),
          get("/v3/api-docs/**", Role.VIEWER),
          get("/swagger-ui.html", Role.VIEWER),
          get("/swagger-ui/**", Role.VIEWER),
          // reading the projections (knownAt, on any of them, needs PAST_KNOWLEDGE)
          get("/api/vocabulary", Role.VIEWER),
          get("/api/actors", Role.VIEWER),
          get("/api/actors/*", Role.VIEWER),
          get("/api/actors/*/memberships", Role.VIEWER),
          get("/api/documents", Role.VIEWER),
          get("/api/developments/*", Role.VIEWER),
          get("/api/relationships", Role.VIEWER),
          get("/api/relationships/*/*", Role.VIEWER),
          get("/api/organizations/*", Role.VIEWER),
          get("/api/agreements/*", Role.VIEWER),
          get("/api/projects/*", Role.VIEWER),
          get("/api/proposals", Role.VIEWER),
          get("/api/timeline", Role.VIEWER),
          get("/api/watch-items", Role.VIEWER),
          get("/api/watch-items/*", Role.VIEWER),
          get("/api/stream", Role.VIEWER),
          // recording
          post("/api/developments", Role.ANALYST),
          post("/api/developments/*/corrections", Role.ANALYST),
          post("/api/developments/*/retraction", Role.ANALYST),
          post("/api/import", Role.ANALYST),
          get("/api/imports", Role.ANALYST),
          get("/api/imports/*", Role.ANALYST),
          get("/api/export", Role.ANALYST),
          post("/api/watch-items", Role.ANALYST),
          post("/api/watch-items/*/evidence", Role.ANALYST),
          post("/api/watch-items/*/resolution", Role.ANALYST),
          post("/api/watch-items/*/drop", Role.ANALYST),
          post("/api/watch-items/*/reopening", Role.ANALYST),
          post("/api/watch-items/*/review-date", Role.ANALYST),
          // auditing
          get("/api/audit/log", Role.AUDITOR),
          get("/api/audit/streams/*", Role.AUDITOR),
          get("/api/admin/archive", Role.AUDITOR),
          get("/api/audit/verify", Role.AUDITOR),
          post("/api/audit/checkpoints", Role.AUDITOR),
          post("/api/audit/checkpoints/verify", Role.AUDITOR),
          // operating
          get("/api/admin/projections", Role.ADMIN),
          get("/api/admin/projections/*", Role.ADMIN),
          post("/api/admin/projections/*/rebuild", Role.ADMIN),
          post("/api/admin/projections/*/verification", Role.ADMIN),
          post("/api/admin/archive", Role.ADMIN),
          get("/api/admin/dead-letters", Role.ADMIN),
          post("/api/admin/dead-letters/*/retry", Role.ADMIN),
          post("/api/admin/dead-letters/*/*/retry", Role.ADMIN),
          post("/api/admin/dead-letters/*/*/eviction", Role.ADMIN),
          get("/actuator/**", Role.ADMIN));
}
