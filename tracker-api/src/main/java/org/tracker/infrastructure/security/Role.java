package org.tracker.infrastructure.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what, each role including the ones before it (docs/security.md): VIEWER reads the
 * projections and the dashboard as they stand now (current versions only); ANALYST also records,
 * corrects, retracts, imports and manages watch items, and reads past knowledge ({@code knownAt},
 * histories: {@link AccessRules#PAST_KNOWLEDGE}); AUDITOR also reads the audit log and the archive,
 * verifies the log's hash chain, signs and checks checkpoints; ADMIN also rebuilds projections,
 * handles dead letters, restores an archive and registers rungs of the partnership ladder.
 */
public enum Role {
  VIEWER,
  ANALYST,
  AUDITOR,
  ADMIN;

  /** The authorities a holder of this role has: its own and every role below it. */
  public List<GrantedAuthority> authorities() {
    return Arrays.stream(values())
        .filter(r -> r.ordinal() <= ordinal())
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
        .toList();
  }

  public String authority() {
    return "ROLE_" + name();
  }

  /** Whether whoever is making the current request has this role (or one above it). */
  public boolean isHeldNow() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals(authority()));
  }

  /**
   * Whether the current request is an administrator's: the signed-in user holds ADMIN, or nobody is
   * signed in and Tracker acts by itself (loading its seed).
   */
  public static boolean administratorNow() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || ADMIN.isHeldNow();
  }

  /** The role named (case-insensitive), or null. */
  public static Role named(String name) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return role;
      }
    }
    return null;
  }
}
