package org.tracker.development;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;

/**
 * Ids that follow from what is recorded, so that sending the same thing twice records it once: a
 * registration is identified by the code or document id it registers.
 */
public final class DevelopmentIds {

  private DevelopmentIds() {}

  /** The id a registration without a client id gets: the same for the same code. */
  public static Optional<DevelopmentId> ofRegistration(DevelopmentDraft draft) {
    if (draft.attributes() == null || draft.type() == null) {
      return Optional.empty();
    }
    Object key =
        DevelopmentType.named(draft.type())
            .flatMap(DevelopmentType::registrationKey)
            .map(draft.attributes()::get)
            .orElse(null);
    return key instanceof String k ? Optional.of(named(draft.type() + ":" + k)) : Optional.empty();
  }

  /** A name-based (type 3) id in Tracker's namespace. */
  public static DevelopmentId named(String name) {
    return new DevelopmentId(
        UUID.nameUUIDFromBytes(("tracker:" + name).getBytes(StandardCharsets.UTF_8)));
  }

  /** The code or document id a drafted registration registers; null for other drafts. */
  public static String registrationKey(DevelopmentDraft draft) {
    return ofRegistration(draft).isPresent()
        ? DevelopmentType.named(draft.type())
            .flatMap(DevelopmentType::registrationKey)
            .map(draft.attributes()::get)
            .map(String::valueOf)
            .orElse(null)
        : null;
  }
}
