package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tracker.shared.ActorCode;

/**
 * What a role development says: whom the person (its one actor) acts for ({@code for}), the role,
 * and the title verbatim when given. It is about the actor acted for.
 */
public record RoleTerms(ActorCode principal, String role, String title) implements Terms {

  @Override
  public String subject() {
    return principal == null ? null : principal.code();
  }

  @Override
  public List<String> searchable() {
    return Stream.of(title).filter(Objects::nonNull).toList();
  }
}
