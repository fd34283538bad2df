package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.Citation;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentCommand;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.RegistrationConflict;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.shared.ActorCode;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Refusal;

/** The development rule book, in memory: what each command decides on each state. */
class DevelopmentRulesTest {

  private static final DevelopmentId ID = new DevelopmentId(UUID.randomUUID());
  private static final DevelopmentContent SEPTEMBER = partnership("2013-09");
  private static final DevelopmentContent SEVENTH = partnership("2013-09-07");
  private static final DevelopmentContent THIRD = partnership("2013-09-03");
  private static final DevelopmentContent KAZ = actor("KAZ", "Kazakhstan");

  private static final DevelopmentRecorded RECORDED = new DevelopmentRecorded(ID, SEPTEMBER);
  private static final DevelopmentCorrected CORRECTED =
      new DevelopmentCorrected(ID, 2, SEVENTH, "the day is in the communiqué");
  private static final DevelopmentRetracted RETRACTED =
      new DevelopmentRetracted(ID, 1, "wrong country");

  static Stream<Arguments> commandsThatRecord() {
    return Stream.of(
        Arguments.of(
            "a new development is recorded",
            List.of(),
            new RecordDevelopment(ID, SEPTEMBER),
            List.of(RECORDED)),
        Arguments.of(
            "a correction creates the next version",
            List.of(RECORDED),
            new CorrectDevelopment(ID, 2, SEVENTH, "the day is in the communiqué"),
            List.of(CORRECTED)),
        Arguments.of(
            "a retraction withdraws the current version",
            List.of(RECORDED, CORRECTED),
            new RetractDevelopment(ID, "never happened"),
            List.of(new DevelopmentRetracted(ID, 2, "never happened"))),
        Arguments.of(
            "a registration's names may be corrected",
            List.of(new DevelopmentRecorded(ID, KAZ)),
            new CorrectDevelopment(ID, 2, actor("KAZ", "Republic of Kazakhstan"), "full name"),
            List.of(
                new DevelopmentCorrected(
                    ID, 2, actor("KAZ", "Republic of Kazakhstan"), "full name"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandsThatRecord")
  void aCommandThatKeepsTheRulesRecordsItsEvents(
      String why,
      List<DevelopmentEvent> given,
      DevelopmentCommand command,
      List<DevelopmentEvent> expected) {
    assertThat(DevelopmentRules.decide(DevelopmentRules.fold(given), command))
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> repeats() {
    return Stream.of(
        Arguments.of(
            "the same recording again", List.of(RECORDED), new RecordDevelopment(ID, SEPTEMBER)),
        Arguments.of(
            "the same correction again",
            List.of(RECORDED, CORRECTED),
            new CorrectDevelopment(ID, 2, SEVENTH, "the day is in the communiqué")),
        Arguments.of(
            "the same version 1 asked as a correction",
            List.of(RECORDED, CORRECTED),
            new CorrectDevelopment(ID, 1, SEPTEMBER, null)),
        Arguments.of(
            "the same retraction again",
            List.of(RECORDED, RETRACTED),
            new RetractDevelopment(ID, "wrong country")));
  }

  @ParameterizedTest(name = "{0} records nothing")
  @MethodSource("repeats")
  void aRepeatedRequestRecordsNothing(
      String why, List<DevelopmentEvent> given, DevelopmentCommand command) {
    assertThat(DevelopmentRules.decide(DevelopmentRules.fold(given), command)).isEmpty();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "other content under a recorded id",
            List.of(RECORDED),
            new RecordDevelopment(ID, THIRD),
            IdAlreadyUsed.class,
            "id",
            "already exists with different content"),
        Arguments.of(
            "a stale correction with other content",
            List.of(RECORDED, CORRECTED),
            new CorrectDevelopment(ID, 2, THIRD, "another day"),
            IdAlreadyUsed.class,
            "version",
            "is at version 2"),
        Arguments.of(
            "a correction that skips a version",
            List.of(RECORDED),
            new CorrectDevelopment(ID, 3, THIRD, "skip"),
            DevelopmentRuleViolation.class,
            "version",
            "is at version 1"),
        Arguments.of(
            "a correction of a retracted development",
            List.of(RECORDED, RETRACTED),
            new CorrectDevelopment(ID, 2, SEVENTH, "fix"),
            DevelopmentRuleViolation.class,
            "correctionOf",
            "is retracted"),
        Arguments.of(
            "a correction turning a development into a registration",
            List.of(RECORDED),
            new CorrectDevelopment(ID, 2, KAZ, "wrong form"),
            DevelopmentRuleViolation.class,
            "type",
            "cannot turn"),
        Arguments.of(
            "a correction of a registration's code",
            List.of(new DevelopmentRecorded(ID, KAZ)),
            new CorrectDevelopment(ID, 2, actor("KGZ", "Kyrgyzstan"), "other state"),
            DevelopmentRuleViolation.class,
            "attributes",
            "cannot be corrected"),
        Arguments.of(
            "another retraction of a retracted development",
            List.of(RECORDED, RETRACTED),
            new RetractDevelopment(ID, "never happened"),
            DevelopmentRuleViolation.class,
            "reason",
            "already retracted"),
        Arguments.of(
            "a retraction of a registration",
            List.of(new DevelopmentRecorded(ID, KAZ)),
            new RetractDevelopment(ID, "typo"),
            DevelopmentRuleViolation.class,
            "retractionOf",
            "cannot be retracted"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusals")
  void aCommandThatBreaksARuleIsRefusedNamingTheField(
      String why,
      List<DevelopmentEvent> given,
      DevelopmentCommand command,
      Class<? extends DevelopmentRuleViolation> refusal,
      String field,
      String message) {
    DevelopmentState state = DevelopmentRules.fold(given);
    assertThatThrownBy(() -> DevelopmentRules.decide(state, command))
        .isInstanceOf(refusal)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((DevelopmentRuleViolation) e).field()).isEqualTo(field));
  }

  @Test
  void correctingOrRetractingWhatWasNeverRecordedIsUnknown() {
    assertThatThrownBy(
            () ->
                DevelopmentRules.decide(
                    DevelopmentState.NONE, new CorrectDevelopment(ID, 2, SEVENTH, "x")))
        .isInstanceOf(UnknownDevelopment.class);
    assertThatThrownBy(
            () -> DevelopmentRules.decide(DevelopmentState.NONE, new RetractDevelopment(ID, "x")))
        .isInstanceOf(UnknownDevelopment.class);
  }

  @Test
  void theFoldKnowsVersionContentRetractionAndWhatARegistrationRegisters() {
    DevelopmentState state = DevelopmentRules.fold(List.of(RECORDED, CORRECTED, RETRACTED));
    assertThat(state.version()).isEqualTo(2);
    assertThat(state.content()).isEqualTo(SEVENTH);
    assertThat(state.retracted()).isTrue();
    assertThat(state.registers()).isNull();
    assertThat(DevelopmentRules.fold(List.of(new DevelopmentRecorded(ID, KAZ))).registers())
        .isEqualTo("KAZ");
  }

  @Test
  void aCompactedStateJudgesRepeatsAndConflictsAsTheFullStateDoes() {
    DevelopmentState full = DevelopmentRules.fold(List.of(RECORDED, CORRECTED));
    DevelopmentState compact = full.compact();
    assertThat(compact.content()).isNull();
    for (DevelopmentState state : List.of(full, compact)) {
      assertThat(
              DevelopmentRules.decide(
                  state, new CorrectDevelopment(ID, 2, SEVENTH, "the day is in the communiqué")))
          .isEmpty();
      assertThatThrownBy(
              () -> DevelopmentRules.decide(state, new CorrectDevelopment(ID, 2, THIRD, "x")))
          .isInstanceOf(IdAlreadyUsed.class);
      assertThat(DevelopmentRules.decide(state, new CorrectDevelopment(ID, 3, THIRD, "x")))
          .hasSize(1);
    }
  }

  @Test
  void aRegistrationSentAgainWithANewNameIsRecordedAsItsNextVersionKeepingWhatItHad() {
    DevelopmentState registered = DevelopmentRules.fold(List.of(new DevelopmentRecorded(ID, KAZ)));
    DevelopmentContent withChinese =
        actor("KAZ", Map.of("en", "Kazakhstan", "zh-Hans", "哈萨克斯坦"), "STATE");

    List<DevelopmentEvent> events =
        DevelopmentRules.decide(registered, new RecordDevelopment(ID, withChinese));

    assertThat(events).hasSize(1);
    DevelopmentCorrected corrected = (DevelopmentCorrected) events.get(0);
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(corrected.content().attributes().get("name"))
        .isEqualTo(Map.of("en", "Kazakhstan", "zh-Hans", "哈萨克斯坦"));
    assertThat(corrected.reason()).isEqualTo("registered again with more: attributes.name.zh-Hans");
    DevelopmentState after = DevelopmentRules.evolve(registered, corrected);
    assertThat(DevelopmentRules.decide(after, new RecordDevelopment(ID, KAZ))).isEmpty();
    assertThat(DevelopmentRules.decide(after, new RecordDevelopment(ID, withChinese))).isEmpty();
  }

  @Test
  void aRegistrationSentAgainSayingSomethingElseIsAConflictNamingTheCodeAndEachField() {
    DevelopmentState registered = DevelopmentRules.fold(List.of(new DevelopmentRecorded(ID, KAZ)));
    DevelopmentContent other = actor("KAZ", Map.of("en", "Kazakstan"), "ORGANIZATION");

    assertThatThrownBy(() -> DevelopmentRules.decide(registered, new RecordDevelopment(ID, other)))
        .isInstanceOfSatisfying(
            RegistrationConflict.class,
            e -> {
              assertThat(e.category()).isEqualTo(Refusal.Category.CONFLICT);
              assertThat(e.key()).isEqualTo("KAZ");
              assertThat(e.getMessage()).startsWith("KAZ is registered already");
              assertThat(e.violations())
                  .extracting(FieldViolation::field)
                  .containsExactly("attributes.kind", "attributes.name.en");
              assertThat(e.violations().get(0).message())
                  .isEqualTo("KAZ is registered as STATE; this says ORGANIZATION");
            });
  }

  @Test
  void aCompactedRegistrationStillKnowsWhatItRegisteredSoASecondRegistrationIsCompared() {
    DevelopmentState compact =
        DevelopmentRules.fold(List.of(new DevelopmentRecorded(ID, KAZ))).compact();

    assertThat(compact.content()).isEqualTo(KAZ);
    assertThat(
            DevelopmentRules.decide(
                compact,
                new RecordDevelopment(
                    ID, actor("KAZ", Map.of("en", "Kazakhstan", "ru", "Казахстан"), "STATE"))))
        .hasSize(1);
  }

  private static DevelopmentContent partnership(String date) {
    return new DevelopmentContent(
        DevelopmentType.PARTNERSHIP_ESTABLISHED,
        PartialDate.parse(date),
        List.of(ActorCode.of("CHN"), ActorCode.of("TKM")),
        Map.of("level", "STRATEGIC_PARTNERSHIP", "label", "戰略夥伴關係"),
        new LocalizedText("China and Turkmenistan become strategic partners", null),
        List.of(new Citation("seed-article", "§2 ¶1", "戰略夥伴關係")));
  }

  private static DevelopmentContent actor(String code, String name) {
    return actor(code, Map.of("en", name), "STATE");
  }

  private static DevelopmentContent actor(String code, Map<String, String> names, String kind) {
    Map<String, Object> attributes = new java.util.LinkedHashMap<>();
    attributes.put("code", code);
    attributes.put("kind", kind);
    attributes.put("name", new java.util.LinkedHashMap<>(names));
    return new DevelopmentContent(
        DevelopmentType.ACTOR_REGISTERED, null, List.of(), attributes, null, List.of());
  }
}
