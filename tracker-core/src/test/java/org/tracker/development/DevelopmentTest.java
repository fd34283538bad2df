package org.tracker.development;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.Citation;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

class DevelopmentTest {

  private final DevelopmentId id = new DevelopmentId(UUID.randomUUID());
  private AggregateTestFixture<Development> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Development.class);
  }

  @Test
  void recordingADevelopmentAppendsItWithItsContent() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordDevelopment(id, partnership("2013-09")))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new DevelopmentRecorded(id, partnership("2013-09")));
  }

  @Test
  void aCorrectionAppendsTheNextVersionAndKeepsTheOriginal() {
    fixture
        .given(new DevelopmentRecorded(id, partnership("2013-09")))
        .when(
            new CorrectDevelopment(
                id, 2, partnership("2013-09-07"), "the day is in the communiqué"))
        .expectEvents(
            new DevelopmentCorrected(
                id, 2, partnership("2013-09-07"), "the day is in the communiqué"));
  }

  @Test
  void aCorrectionForAStaleVersionIsRefused() {
    fixture
        .given(
            new DevelopmentRecorded(id, partnership("2013-09")),
            new DevelopmentCorrected(id, 2, partnership("2013-09-07"), "day known"))
        .when(new CorrectDevelopment(id, 2, partnership("2013-09-03"), "another day"))
        .expectException(DevelopmentRuleViolation.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("is at version 2"))
        .expectNoEvents();
  }

  @Test
  void aRetractedDevelopmentCannotBeCorrected() {
    fixture
        .given(
            new DevelopmentRecorded(id, partnership("2013-09")),
            new DevelopmentRetracted(id, 1, "wrong country"))
        .when(new CorrectDevelopment(id, 2, partnership("2013-10"), "fix"))
        .expectException(DevelopmentRuleViolation.class)
        .expectNoEvents();
  }

  @Test
  void theSameRetractionTwiceRecordsOnceAndAnswersThatNothingWasRecorded() {
    fixture
        .given(
            new DevelopmentRecorded(id, partnership("2013-09")),
            new DevelopmentRetracted(id, 1, "wrong country"))
        .when(new RetractDevelopment(id, "wrong country"))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(false)
        .expectNoEvents();
  }

  @Test
  void anotherRetractionOfARetractedDevelopmentIsRefused() {
    fixture
        .given(
            new DevelopmentRecorded(id, partnership("2013-09")),
            new DevelopmentRetracted(id, 1, "wrong country"))
        .when(new RetractDevelopment(id, "never happened"))
        .expectException(DevelopmentRuleViolation.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("already retracted"))
        .expectNoEvents();
  }

  @Test
  void aRecordedRetractionOrCorrectionAnswersThatItWasRecorded() {
    fixture
        .given(new DevelopmentRecorded(id, partnership("2013-09")))
        .when(new RetractDevelopment(id, "never happened"))
        .expectResultMessagePayload(true);
    fixture
        .given(new DevelopmentRecorded(id, partnership("2013-09")))
        .when(new CorrectDevelopment(id, 2, partnership("2013-09-07"), "day known"))
        .expectResultMessagePayload(true);
  }

  @Test
  void theSameCorrectionAgainAnswersThatNothingWasRecorded() {
    fixture
        .given(
            new DevelopmentRecorded(id, partnership("2013-09")),
            new DevelopmentCorrected(id, 2, partnership("2013-09-07"), "day known"))
        .when(new CorrectDevelopment(id, 2, partnership("2013-09-07"), "day known"))
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(false)
        .expectNoEvents();
  }

  @Test
  void aRetractionNamesTheVersionItWithdraws() {
    fixture
        .given(
            new DevelopmentRecorded(id, partnership("2013-09")),
            new DevelopmentCorrected(id, 2, partnership("2013-09-07"), "day known"))
        .when(new RetractDevelopment(id, "never happened"))
        .expectEvents(new DevelopmentRetracted(id, 2, "never happened"));
  }

  @Test
  void registrationsCannotBeRetractedNorRekeyed() {
    DevelopmentContent kazakhstan = actor("KAZ", "Kazakhstan");
    fixture
        .given(new DevelopmentRecorded(id, kazakhstan))
        .when(new RetractDevelopment(id, "typo"))
        .expectException(DevelopmentRuleViolation.class);
    fixture
        .given(new DevelopmentRecorded(id, kazakhstan))
        .when(new CorrectDevelopment(id, 2, actor("KAZ", "Republic of Kazakhstan"), "full name"))
        .expectEvents(
            new DevelopmentCorrected(id, 2, actor("KAZ", "Republic of Kazakhstan"), "full name"));
    fixture
        .given(new DevelopmentRecorded(id, kazakhstan))
        .when(new CorrectDevelopment(id, 2, actor("KGZ", "Kyrgyzstan"), "other state"))
        .expectException(DevelopmentRuleViolation.class)
        .expectNoEvents();
  }

  @Test
  void aCorrectionCannotTurnADevelopmentIntoARegistration() {
    fixture
        .given(new DevelopmentRecorded(id, partnership("2013-09")))
        .when(new CorrectDevelopment(id, 2, actor("KAZ", "Kazakhstan"), "wrong form"))
        .expectException(DevelopmentRuleViolation.class)
        .expectNoEvents();
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
    return new DevelopmentContent(
        DevelopmentType.ACTOR_REGISTERED,
        null,
        List.of(ActorCode.of(code)),
        Map.of("code", code, "kind", "STATE", "name", Map.of("en", name, "zh-Hant", name)),
        null,
        List.of());
  }
}
