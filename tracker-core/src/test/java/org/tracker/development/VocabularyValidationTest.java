package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracker.development.DevelopmentValidator.Valid;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.References;
import org.tracker.development.api.Rung;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.LocalizedText;

/** Validation of what the vocabulary holds as data: texts by language tag and the ladder. */
class VocabularyValidationTest {

  private static final Rung CLOSE =
      new Rung("CLOSE_PARTNERSHIP", 25, LocalizedText.of(Map.of("en", "close partnership")));

  /** Actors CHN and KAZ, document "seed", and CLOSE_PARTNERSHIP registered on the ladder. */
  private static final References KNOWN =
      new References() {
        @Override
        public boolean actorExists(ActorCode code) {
          return Set.of("CHN", "KAZ").contains(code.code());
        }

        @Override
        public Optional<ActorKind> actorKind(ActorCode code) {
          return actorExists(code) ? Optional.of(ActorKind.STATE) : Optional.empty();
        }

        @Override
        public boolean documentExists(String documentId) {
          return documentId.equals("seed");
        }

        @Override
        public Ladder ladder() {
          return Ladder.defaults().with(List.of(CLOSE));
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

  private static DevelopmentDraft rung(Object code, Object rank, Object names) {
    return new DevelopmentDraft(
        null,
        "PARTNERSHIP_LEVEL_REGISTERED",
        null,
        null,
        Map.of("code", code, "rank", rank, "name", names),
        null,
        null);
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

  private static final LocalizedText SUMMARY = new LocalizedText("partners", null);

  @Test
  void aLevelIsAnyRungOfTheLadderInUseRegisteredOnesIncluded() {
    Valid valid = validate(partnership("CLOSE_PARTNERSHIP", SUMMARY), KNOWN);

    assertThat(valid.content().attributes().get("level")).isEqualTo("CLOSE_PARTNERSHIP");
    assertThat(
            violations(
                partnership("CLOSE_PARTNERSHIP", SUMMARY),
                new References() {
                  @Override
                  public boolean actorExists(ActorCode code) {
                    return true;
                  }

                  @Override
                  public Optional<ActorKind> actorKind(ActorCode code) {
                    return Optional.of(ActorKind.STATE);
                  }

                  @Override
                  public boolean documentExists(String documentId) {
                    return true;
                  }
                }))
        .as("on the default ladder alone it is unknown")
        .containsExactly(
            new FieldViolation("attributes.level", "must be one of " + Ladder.defaults().codes()));
  }

  @Test
  void aRungIsRegisteredWithAFreeCodeAndRankAndNamesInAnyLanguage() {
    Valid valid =
        validate(
            rung(
                "GOOD_NEIGHBOURLY_PARTNERSHIP",
                22,
                Map.of("en", "strategic cooperative partnership", "ru", "стратегическое")),
            KNOWN);

    assertThat(valid.content().attributes())
        .containsEntry("rank", new BigDecimal(22))
        .containsEntry(
            "name", Map.of("en", "strategic cooperative partnership", "ru", "стратегическое"));
  }

  @Test
  void aRungsCodeOrRankAlreadyOnTheLadderIsRefused() {
    assertThat(violations(rung("STRATEGIC_PARTNERSHIP", 22, Map.of("en", "x")), KNOWN))
        .containsExactly(
            new FieldViolation(
                "attributes.code", "STRATEGIC_PARTNERSHIP is already a rung of the ladder"));
    assertThat(violations(rung("CLOSE_PARTNERSHIP", 22, Map.of("en", "x")), KNOWN))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.code");
    assertThat(violations(rung("CLOSER", 25, Map.of("en", "x")), KNOWN))
        .containsExactly(
            new FieldViolation(
                "attributes.rank",
                "rank 25 is CLOSE_PARTNERSHIP's; every rung has a rank of its own"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"22.5", "0", "-10", "99999999999"})
  void aRungsRankIsAWholeNumberAboveNone(String rank) {
    assertThat(violations(rung("CLOSER", new BigDecimal(rank), Map.of("en", "x")), KNOWN))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.rank");
  }

  @Test
  void correctingARungKeepsItsOwnCodeAndRank() {
    References correcting = Registrations.keeping("CLOSE_PARTNERSHIP", KNOWN);

    Valid valid =
        validate(rung("CLOSE_PARTNERSHIP", 25, Map.of("en", "a closer name")), correcting);

    assertThat(valid.content().attributes()).containsEntry("rank", new BigDecimal(25));
    assertThat(correcting.ladder().rung("STRATEGIC_PARTNERSHIP")).isPresent();
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

  @Test
  void aRungRegistrationIsIdentifiedByItsCode() {
    DevelopmentDraft draft = rung("CLOSER", 26, Map.of("en", "x"));

    assertThat(DevelopmentIds.ofRegistration(draft))
        .contains(DevelopmentIds.named("PARTNERSHIP_LEVEL_REGISTERED:CLOSER"));
    assertThat(Registrations.keyOf(validate(draft, KNOWN).content())).isEqualTo("CLOSER");
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
