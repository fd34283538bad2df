package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tracker.shared.ActorCode;

/**
 * What a development about an organisation says: the organisation (null only for a document adopted
 * outside one), and where the type carries them a membership's new status, the title of a summit or
 * adopted document (and its English title), a summit's place and a new body's name.
 */
public record OrganizationTerms(
    ActorCode organization, String status, String title, String titleEn, String place, String body)
    implements Terms {

  /** Whether a membership change means the actors leave (status NONE). */
  public boolean leaves() {
    return "NONE".equals(status);
  }

  @Override
  public String subject() {
    return organization == null ? null : organization.code();
  }

  @Override
  public List<String> searchable() {
    return Stream.of(title, titleEn, body, place).filter(Objects::nonNull).toList();
  }
}
