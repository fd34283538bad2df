package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a development about an agreement says of it: its id, and where the type carries them its
 * title (verbatim and in English), kind of instrument, obligations (null when not stated, which is
 * not the same as an empty list), the project it concerns and, for an amendment, what changed.
 */
public record AgreementRef(
    String agreementId,
    String title,
    String titleEn,
    String instrument,
    List<String> obligations,
    String project,
    String change)
    implements Terms {

  public AgreementRef {
    obligations = obligations == null ? null : List.copyOf(obligations);
  }

  @Override
  public String subject() {
    return agreementId;
  }

  @Override
  public List<String> searchable() {
    return Stream.of(title, titleEn).filter(Objects::nonNull).toList();
  }
}
