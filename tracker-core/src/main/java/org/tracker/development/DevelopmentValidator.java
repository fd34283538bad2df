package org.tracker.development;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Texts;

/**
 * Turns a client's draft into validated, normalised content, or names every field that is wrong.
 * Pure: what exists is asked of {@link References}, nothing is written.
 */
public final class DevelopmentValidator {

  /** Longest text accepted in any field. */
  public static final int MAX_TEXT = Texts.MAX;

  private DevelopmentValidator() {}

  /** A draft's id and content, once valid. */
  public record Valid(DevelopmentId id, DevelopmentContent content) {}

  /**
   * Validates a draft against the vocabulary and the references.
   *
   * @param newId the id to give the development when the draft has none
   * @throws InvalidDevelopment naming every wrong field
   */
  public static Valid validate(DevelopmentDraft draft, References references, UUID newId) {
    DraftCheck check = new DraftCheck(references);
    DevelopmentId id = check.id(draft.id(), newId);
    DevelopmentType type = check.type(draft.type());
    if (type == null) {
      throw new InvalidDevelopment(check.violations);
    }
    PartialDate date = check.date(type, draft.date());
    Map<String, Object> attributes = check.attributes(type, draft.attributes());
    List<ActorCode> actors = check.actors(type, draft.actors(), attributes);
    KindCheck.check(check, type, actors, attributes);
    ActorChoices.amongTheActors(type, attributes, actors, check);
    LocalizedText summary = check.summary(type, draft.summary());
    List<Citation> sources = check.sources(type, draft.sources());
    if (!check.violations.isEmpty()) {
      throw new InvalidDevelopment(check.violations);
    }
    return new Valid(id, new DevelopmentContent(type, date, actors, attributes, summary, sources));
  }

  /**
   * Checks the reason given for a correction or retraction.
   *
   * @throws InvalidDevelopment when it is missing, blank or too long
   */
  public static String reason(String reason) {
    String problem = Texts.problem(reason);
    if (problem != null) {
      throw new InvalidDevelopment(
          List.of(
              new FieldViolation(
                  "reason",
                  reason == null || reason.isBlank()
                      ? "is required: say why, for the record"
                      : problem)));
    }
    return reason;
  }
}
