package org.tracker.development.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.tracker.shared.ActorCode;

/**
 * What a development about an agreement says of it: its id, and where the type carries them its
 * title (verbatim and in English), kind of instrument, obligations (null when not stated, which is
 * not the same as an empty list), each named party's own obligations ({@code obligationsOf}, empty
 * when none is stated), the project it concerns, for an amendment what changed, and for an
 * accession how the actors joined ({@code by}: ACCESSION or SUCCESSION; null when not said).
 */
public record AgreementRef(
    String agreementId,
    String title,
    String titleEn,
    String instrument,
    List<String> obligations,
    Map<ActorCode, List<String>> obligationsOf,
    String project,
    String change,
    String by)
    implements Terms {

  public AgreementRef {
    obligations = obligations == null ? null : List.copyOf(obligations);
    Map<ActorCode, List<String>> copy = new LinkedHashMap<>();
    if (obligationsOf != null) {
      obligationsOf.forEach((actor, kinds) -> copy.put(actor, List.copyOf(kinds)));
    }
    obligationsOf = Collections.unmodifiableMap(copy);
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
