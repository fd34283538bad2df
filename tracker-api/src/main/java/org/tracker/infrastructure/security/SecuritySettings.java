package org.tracker.infrastructure.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in (docs/security.md).
 *
 * @param mode USERS (users defined here, HTTP Basic for the API and a login page for the dashboard)
 *     or OIDC (JWT bearer tokens from an identity provider, see {@code
 *     spring.security.oauth2.resourceserver.jwt.*})
 * @param users name → bcrypt hash ({@code {bcrypt}$2a$…}) and role; none: an ADMIN named {@code
 *     admin} with a password generated and printed at start
 * @param oidc where roles and names are in the tokens
 * @param limits request limits
 */
@ConfigurationProperties("tracker.security")
public record SecuritySettings(
    @DefaultValue("USERS") Mode mode,
    Map<String, User> users,
    @DefaultValue Oidc oidc,
    @DefaultValue Limits limits) {

  public enum Mode {
    USERS,
    OIDC
  }

  /**
   * @param password a bcrypt hash, prefixed {@code {bcrypt}}
   * @param role VIEWER, ANALYST, AUDITOR or ADMIN
   */
  public record User(String password, Role role) {}

  /**
   * @param rolesClaim the claim holding role names (a list or a space-separated string; a dotted
   *     path such as {@code realm_access.roles} reaches into objects)
   * @param nameClaim the claim recorded as author
   */
  public record Oidc(
      @DefaultValue("roles") String rolesClaim,
      @DefaultValue("preferred_username") String nameClaim) {}

  /**
   * @param bodyBytes largest JSON request body
   * @param importBytes largest import file
   * @param importLines most lines in one import file
   * @param streamsPerUser live-stream connections one user may hold
   */
  public record Limits(
      @DefaultValue("1048576") long bodyBytes,
      @DefaultValue("268435456") long importBytes,
      @DefaultValue("2000000") long importLines,
      @DefaultValue("4") int streamsPerUser) {}
}
