package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracker.development.DevelopmentValidator.Valid;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.FieldViolation;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;

/** Validation of what the vocabulary holds as data: texts by language tag. */
class VocabularyValidationTest {

  /** Actors CHN and KAZ, document "seed". */
  private static final References KNOWN =
      new References() {
        @Override
        public boolean actorExists(ActorCode code) {
          return Set.of("CHN", "KAZ").contains(code.code());
        }

        @Override
        public boolean documentExists(String documentId) {
          return documentId.equals("seed");
        }
      };

  private static final List<Citation> SOURCE = List.of(new Citation("seed", "§1", null));

  private static DevelopmentDraft partnership(String level, LocalizedText summary) {
    return new DevelopmentDraft(
        null,
        "PARTNERSHIP_ESTABLISHED",
        "2013-09",
        List.of("CHN", "KAZ"),
        Map.of("level", level, "label", "夥伴關係"),
        summary,
        SOURCE);
  }

  private static DevelopmentDraft actor(Object names) {
    return new DevelopmentDraft(
        null,
        "ACTOR_REGISTERED",
        null,
        null,
        Map.of("code", "SCO", "kind", "ORGANIZATION", "name", names),
        null,
        null);
  }

  @Test
  void aSummaryMayBeInAnyLanguageAndAnIllFormedTagIsNamed() {
    LocalizedText russian = LocalizedText.read(Map.of("ru", "партнёры", "zh-Hans", "伙伴"));
    LocalizedText misspelt = LocalizedText.read(Map.of("en", "partners", "xx_YY", "?"));

    assertThat(validate(partnership("PARTNERSHIP", russian), KNOWN).content().summary())
        .isEqualTo(russian);
    assertThat(violations(partnership("PARTNERSHIP", misspelt), KNOWN))
        .extracting(FieldViolation::field)
        .containsExactly("summary.xx_YY");
  }

  @Test
  void namesNeedAtLeastOneLanguageUnderWellFormedTags() {
    assertThat(validate(actor(Map.of("ru", "ШОС")), KNOWN).content().attributes())
        .containsEntry("name", Map.of("ru", "ШОС"));
    assertThat(violations(actor(Map.of()), KNOWN))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.name");
    assertThat(violations(actor(Map.of("en", "x", "zh_Hant", "y")), KNOWN))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.name.zh_Hant");
    assertThat(violations(actor("SCO"), KNOWN))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.name");
  }

  private static Valid validate(DevelopmentDraft draft, References references) {
    return DevelopmentValidator.validate(draft, references, UUID.randomUUID());
  }

  private static List<FieldViolation> violations(DevelopmentDraft draft, References references) {
    try {
      validate(draft, references);
      throw new AssertionError("expected the draft to be refused");
    } catch (InvalidDevelopment e) {
      return e.violations();
    }
  }
}
