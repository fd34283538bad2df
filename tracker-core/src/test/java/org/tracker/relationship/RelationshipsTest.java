package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.ACTOR_REGISTERED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_ENTERED_INTO_FORCE;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_JOINED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_PARTY_WITHDREW;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_RATIFIED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_SIGNED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_TERMINATED;
import static org.tracker.development.api.DevelopmentType.MEETING;
import static org.tracker.development.api.DevelopmentType.PARTNERSHIP_ESTABLISHED;
import static org.tracker.development.api.DevelopmentType.STATEMENT;
import static org.tracker.development.api.DevelopmentType.VISIT;
import static org.tracker.testing.FactFixtures.fact;
import static org.tracker.testing.FactFixtures.ids;
import static org.tracker.testing.RandomHistories.oneOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.relationship.api.RelationshipView.AgreementInForce;
import org.tracker.relationship.api.RelationshipView.AgreementParty;
import org.tracker.relationship.api.RelationshipView.AgreementPending;
import org.tracker.relationship.api.RelationshipView.Anomaly;
import org.tracker.relationship.api.RelationshipView.Contact;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.testing.RandomHistories;

class RelationshipsTest {

  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode TKM = ActorCode.of("TKM");
  private static final Dyad DYAD = Dyad.of(TKM, CHN);
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  @Test
  void withNothingRecordedThereIsNoPartnershipAgreementOrContact() {
    Instant knownAt = Instant.parse("2026-01-01T00:00:00Z");

    RelationshipView view = Relationships.fold(DYAD, List.of(), Map.of(), LONG_AFTER, knownAt);

    assertThat(view.actors()).containsExactly(CHN, TKM);
    assertThat(view.asOf()).isEqualTo(LONG_AFTER);
    assertThat(view.knownAt()).isEqualTo(knownAt);
    assertThat(view.partnership()).isNull();
    assertThat(view.agreementsInForce()).isEmpty();
    assertThat(view.lastContact()).isNull();
    assertThat(view.counts()).isEmpty();
    assertThat(view.anomalies()).isEmpty();
    assertThat(view.basis()).isEmpty();
  }

  @Test
  void anEstablishedPartnershipIsTheRelationshipSinceItsDate() {
    Fact established =
        fact(
            PARTNERSHIP_ESTABLISHED,
            "2013-09",
            "CHN TKM",
            "level",
            "STRATEGIC_PARTNERSHIP",
            "label",
            "戰略夥伴關係",
            "labelEn",
            "strategic partnership");

    RelationshipView view = fold(LONG_AFTER, established);

    assertThat(level(view)).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(view.partnership().label()).isEqualTo("戰略夥伴關係");
    assertThat(view.partnership().labelEn()).isEqualTo("strategic partnership");
    assertThat(view.partnership().since()).isEqualTo("2013-09");
    assertThat(view.partnership().certainty()).isEqualTo(Certainty.CERTAIN);
    assertThat(view.basis()).containsExactly(established.id());
  }

  @ParameterizedTest(name = "[{index}] {0} → {1} since {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2005 ESTABLISHED PARTNERSHIP                                     | PARTNERSHIP | 2005",
        "2005 ESTABLISHED PARTNERSHIP; 2013-09 UPGRADED STRATEGIC_PARTNERSHIP"
            + " | STRATEGIC_PARTNERSHIP | 2013-09",
        "2005 ESTABLISHED PARTNERSHIP; 2013-09 UPGRADED STRATEGIC_PARTNERSHIP;"
            + " 2016-05-11 UPGRADED COMPREHENSIVE_STRATEGIC_PARTNERSHIP"
            + " | COMPREHENSIVE_STRATEGIC_PARTNERSHIP | 2016-05-11",
        "2005 ESTABLISHED STRATEGIC_PARTNERSHIP; 2019 DOWNGRADED PARTNERSHIP | PARTNERSHIP | 2019",
        "2005 ESTABLISHED STRATEGIC_PARTNERSHIP; 2019 DOWNGRADED NONE        | -           | -",
        "2005 ESTABLISHED STRATEGIC_PARTNERSHIP; 2019 DOWNGRADED NONE; 2021-03 ESTABLISHED"
            + " PARTNERSHIP | PARTNERSHIP | 2021-03",
        "2013-09 UPGRADED STRATEGIC_PARTNERSHIP; 2005 ESTABLISHED PARTNERSHIP"
            + " | STRATEGIC_PARTNERSHIP | 2013-09",
        "2016-05-11 UPGRADED ALL_WEATHER_STRATEGIC_PARTNERSHIP; 2013-09-03 UPGRADED"
            + " STRATEGIC_PARTNERSHIP; 2005 ESTABLISHED PARTNERSHIP"
            + " | ALL_WEATHER_STRATEGIC_PARTNERSHIP | 2016-05-11",
        "2013 UPGRADED STRATEGIC_PARTNERSHIP; 2013-01-01 UPGRADED"
            + " COMPREHENSIVE_STRATEGIC_PARTNERSHIP | COMPREHENSIVE_STRATEGIC_PARTNERSHIP | 2013-01-01"
      })
  void thePartnershipIsTheLastStepOnTheLadderInWorldOrderNotInRecordingOrder(
      String steps, String level, String since) {
    RelationshipView view = fold(LONG_AFTER, steps(steps));

    if (level.equals("-")) {
      assertThat(view.partnership()).isNull();
    } else {
      assertThat(level(view)).isEqualTo(level);
      assertThat(view.partnership().since()).isEqualTo(since);
      assertThat(view.partnership().label()).isEqualTo("label of " + level);
    }
  }

  @Test
  void aStepDatedAfterTheDayDoesNotCountYet() {
    Fact established = step("2005 ESTABLISHED PARTNERSHIP");
    Fact upgraded = step("2013-09 UPGRADED STRATEGIC_PARTNERSHIP");

    RelationshipView view = fold(LocalDate.of(2013, 8, 31), established, upgraded);

    assertThat(level(view)).isEqualTo("PARTNERSHIP");
    assertThat(view.counts()).containsExactly(Map.entry("PARTNERSHIP_ESTABLISHED", 1));
    assertThat(view.basis()).containsExactly(established.id());
  }

  @Test
  void aDowngradeToNoneEndsThePartnershipAndTheAnswerRestsOnIt() {
    Fact established = step("2005 ESTABLISHED STRATEGIC_PARTNERSHIP");
    Fact ended = step("2019-02 DOWNGRADED NONE");

    RelationshipView view = fold(LONG_AFTER, established, ended);

    assertThat(view.partnership()).isNull();
    assertThat(view.anomalies()).isEmpty();
    assertThat(view.basis()).containsExactly(ended.id());
  }

  @ParameterizedTest(name = "[{index}] {0}, then {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ESTABLISHED PARTNERSHIP           | UPGRADED STRATEGIC_PARTNERSHIP   | ",
        "ESTABLISHED STRATEGIC_PARTNERSHIP | UPGRADED PARTNERSHIP             |"
            + " DOWNGRADE: a downgrade to PARTNERSHIP from STRATEGIC_PARTNERSHIP, recorded as an"
            + " upgrade",
        "ESTABLISHED STRATEGIC_PARTNERSHIP | UPGRADED STRATEGIC_PARTNERSHIP   |"
            + " an upgrade to STRATEGIC_PARTNERSHIP is not above STRATEGIC_PARTNERSHIP",
        "ESTABLISHED STRATEGIC_PARTNERSHIP | DOWNGRADED PARTNERSHIP           | ",
        "ESTABLISHED STRATEGIC_PARTNERSHIP | DOWNGRADED NONE                  | ",
        "ESTABLISHED PARTNERSHIP           | DOWNGRADED STRATEGIC_PARTNERSHIP |"
            + " a downgrade to STRATEGIC_PARTNERSHIP is not below PARTNERSHIP",
        "ESTABLISHED PARTNERSHIP           | DOWNGRADED PARTNERSHIP           |"
            + " a downgrade to PARTNERSHIP is not below PARTNERSHIP",
        "ESTABLISHED PARTNERSHIP           | ESTABLISHED STRATEGIC_PARTNERSHIP |"
            + " established as STRATEGIC_PARTNERSHIP while already at PARTNERSHIP",
        "DOWNGRADED NONE                   | ESTABLISHED PARTNERSHIP          |"
            + " a downgrade to NONE is not below NONE",
        "UPGRADED PARTNERSHIP              | UPGRADED STRATEGIC_PARTNERSHIP   | ",
        "ESTABLISHED PARTNERSHIP           | DOWNGRADED NONE                  | "
      })
  void aStepThatDoesNotFitTheLadderIsFlaggedAndStillTakesEffect(
      String first, String second, String anomaly) {
    Fact before = step("2005 " + first);
    Fact after = step("2013 " + second);

    RelationshipView view = fold(LONG_AFTER, before, after);

    if (anomaly == null) {
      assertThat(view.anomalies()).isEmpty();
    } else {
      Fact flagged = anomaly.contains("NONE is not below NONE") ? before : after;
      String kind = anomaly.startsWith("DOWNGRADE: ") ? "DOWNGRADE" : "LADDER_ORDER";
      assertThat(view.anomalies())
          .containsExactly(
              new Anomaly(flagged.id(), kind, anomaly.replaceFirst("^DOWNGRADE: ", "")));
    }
    String level = second.split(" ")[1];
    assertThat(view.partnership() == null ? "NONE" : level(view)).isEqualTo(level);
  }

  @Test
  void anomaliesAreFoundInWorldOrderWhateverTheOrderOfRecording() {
    Fact downgrade = step("2019 DOWNGRADED PARTNERSHIP");
    Fact upgrade = step("2013 UPGRADED STRATEGIC_PARTNERSHIP");
    Fact badUpgrade = step("2016 UPGRADED STRATEGIC_PARTNERSHIP");
    Fact established = step("2005 ESTABLISHED PARTNERSHIP");

    RelationshipView view = fold(LONG_AFTER, downgrade, upgrade, badUpgrade, established);

    assertThat(view.anomalies())
        .extracting(Anomaly::developmentId)
        .containsExactly(badUpgrade.id());
    assertThat(level(view)).isEqualTo("PARTNERSHIP");
  }

  @ParameterizedTest(name = "[{index}] dated {0}, asked on {1}: {2}")
  @CsvSource({
    "2013-09,     2013-09-15, POSSIBLE",
    "2013-09,     2013-09-01, POSSIBLE",
    "2013-09,     2013-09-30, CERTAIN",
    "2013-09,     2013-10-01, CERTAIN",
    "2013-09,     2013-08-31, -",
    "2013,        2013-06-30, POSSIBLE",
    "2013,        2013-01-01, POSSIBLE",
    "2013,        2013-12-31, CERTAIN",
    "2013,        2012-12-31, -",
    "2013-09-12,  2013-09-12, CERTAIN",
    "2013-09-12,  2013-09-11, -",
    "2013-09~,    2013-09-15, POSSIBLE",
    "2013?,       2014-01-01, CERTAIN",
    "2012-02,     2012-02-29, CERTAIN",
    "2012-02,     2012-02-28, POSSIBLE"
  })
  void aPartnershipIsCertainOnceItsWholeDateHasPassedAndOnlyPossibleWithinIt(
      String date, LocalDate asOf, String certainty) {
    Fact established =
        fact(PARTNERSHIP_ESTABLISHED, date, "CHN TKM", "level", "PARTNERSHIP", "label", "夥伴關係");

    RelationshipView view = fold(asOf, established);

    if (certainty.equals("-")) {
      assertThat(view.partnership()).isNull();
      assertThat(view.basis()).isEmpty();
    } else {
      assertThat(view.partnership().certainty()).isEqualTo(Certainty.valueOf(certainty));
      assertThat(view.partnership().since()).isEqualTo(date);
    }
  }

  @Test
  void aPossibleUpgradeShowsTheNewLevelAsPossible() {
    Fact established = step("2005 ESTABLISHED PARTNERSHIP");
    Fact upgraded = step("2013-09 UPGRADED STRATEGIC_PARTNERSHIP");

    RelationshipView view = fold(LocalDate.of(2013, 9, 15), established, upgraded);

    assertThat(level(view)).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(view.partnership().certainty()).isEqualTo(Certainty.POSSIBLE);
  }

  @ParameterizedTest(name = "[{index}] a {0} is a contact")
  @EnumSource(names = {"VISIT", "MEETING"})
  void aVisitOrAMeetingIsTheLastContact(DevelopmentType type) {
    Fact contact = fact(type, "2014-05-12", "CHN TKM", "place", "Ashgabat");

    RelationshipView view = fold(LONG_AFTER, contact);

    assertThat(view.lastContact())
        .isEqualTo(new Contact(contact.id(), type.name(), "2014-05-12", Certainty.CERTAIN));
    assertThat(view.basis()).containsExactly(contact.id());
  }

  @ParameterizedTest(name = "[{index}] a {0} is not a contact")
  @EnumSource(names = {"STATEMENT", "PARTNERSHIP_ESTABLISHED", "AGREEMENT_SIGNED"})
  void otherDevelopmentsAreNotContacts(DevelopmentType type) {
    Fact other =
        fact(
            type,
            "2014-05-12",
            "CHN TKM",
            "level",
            "PARTNERSHIP",
            "label",
            "夥伴關係",
            "agreementId",
            "a-1",
            "title",
            "t");

    RelationshipView view = fold(LONG_AFTER, other);

    assertThat(view.lastContact()).isNull();
  }

  @ParameterizedTest(name = "[{index}] upgraded during a {0}")
  @EnumSource(names = {"VISIT", "MEETING"})
  void aPartnershipStepMadeDuringAVisitOrMeetingIsTheContactThatDayAndCountsAsOne(
      DevelopmentType occasion) {
    Fact visit = fact(VISIT, "2013-05", "CHN TKM");
    Fact upgraded =
        fact(
            DevelopmentType.PARTNERSHIP_UPGRADED,
            "2013-09-03",
            "CHN TKM",
            "level",
            "STRATEGIC_PARTNERSHIP",
            "label",
            "戰略夥伴關係",
            "occasion",
            occasion.name());

    RelationshipView view = fold(LONG_AFTER, visit, upgraded);

    assertThat(view.lastContact())
        .isEqualTo(new Contact(upgraded.id(), occasion.name(), "2013-09-03", Certainty.CERTAIN));
    assertThat(view.counts())
        .containsEntry("PARTNERSHIP_UPGRADED", 1)
        .containsEntry(occasion.name(), occasion == VISIT ? 2 : 1);
    assertThat(view.basis()).containsExactly(upgraded.id());
  }

  @Test
  void aLaterVisitIsTheLastContactAfterAPartnershipMadeDuringAMeeting() {
    Fact established =
        fact(
            PARTNERSHIP_ESTABLISHED,
            "2013-09",
            "CHN TKM",
            "level",
            "PARTNERSHIP",
            "label",
            "夥伴關係",
            "occasion",
            "MEETING");
    Fact visit = fact(VISIT, "2014", "CHN TKM");

    RelationshipView view = fold(LONG_AFTER, visit, established);

    assertThat(view.lastContact().developmentId()).isEqualTo(visit.id());
    assertThat(view.lastContact().type()).isEqualTo("VISIT");
  }

  @Test
  void theLastContactIsTheLatestVisitOrMeetingByDateUpToTheDay() {
    Fact meeting = fact(MEETING, "2016-06", "CHN TKM");
    Fact visit = fact(VISIT, "2014-05-12", "CHN TKM");
    Fact statement = fact(STATEMENT, "2017", "CHN TKM");
    Fact futureVisit = fact(VISIT, "2021", "CHN TKM");

    RelationshipView onTheDay = fold(LocalDate.of(2016, 6, 10), meeting, visit, statement);
    RelationshipView later = fold(LocalDate.of(2020, 1, 1), futureVisit, meeting, visit, statement);

    assertThat(onTheDay.lastContact())
        .isEqualTo(new Contact(meeting.id(), "MEETING", "2016-06", Certainty.POSSIBLE));
    assertThat(later.lastContact())
        .isEqualTo(new Contact(meeting.id(), "MEETING", "2016-06", Certainty.CERTAIN));
  }

  @Test
  void developmentsAreCountedByTypeUpToTheDayLeavingOutRegistrations() {
    List<Fact> facts =
        List.of(
            fact(VISIT, "2014-05-12", "CHN TKM"),
            fact(VISIT, "2019-09", "TKM CHN"),
            fact(MEETING, "2016", "CHN TKM"),
            fact(STATEMENT, "2017-03-01", "CHN TKM"),
            step("2005 ESTABLISHED PARTNERSHIP"),
            fact(VISIT, "2020-01-02", "CHN TKM"),
            fact(ACTOR_REGISTERED, null, "", "code", "TKM", "kind", "STATE"));

    RelationshipView view =
        Relationships.fold(DYAD, facts, Map.of(), LocalDate.of(2020, 1, 1), null);

    assertThat(view.counts())
        .containsExactly(
            Map.entry("MEETING", 1),
            Map.entry("PARTNERSHIP_ESTABLISHED", 1),
            Map.entry("STATEMENT", 1),
            Map.entry("VISIT", 2));
  }

  @Test
  void anAgreementInForceBetweenTheTwoIsListedAndItsDevelopmentsJoinTheBasis() {
    Fact signed = signed("a-gas", "2007-07-17", "CHN TKM");
    Fact inForce = fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas");

    RelationshipView view =
        Relationships.fold(
            DYAD, List.of(signed), Map.of("a-gas", List.of(inForce, signed)), LONG_AFTER, null);

    assertThat(view.agreementsInForce())
        .containsExactly(
            new AgreementInForce(
                "a-gas",
                "title of a-gas",
                List.of("SUPPLY", "TRANSIT"),
                "2008",
                Certainty.CERTAIN,
                List.of(
                    new AgreementParty(
                        CHN, "PARTY", "2008", Certainty.CERTAIN, List.of("SUPPLY", "TRANSIT")),
                    new AgreementParty(
                        TKM, "PARTY", "2008", Certainty.CERTAIN, List.of("SUPPLY", "TRANSIT")))));
    assertThat(view.agreementsPending()).isEmpty();
    assertThat(view.basis()).containsExactly(signed.id(), inForce.id());
  }

  @Test
  void aPartyThatJoinedLaterIsBoundToEachPartyAlreadyInWithItsOwnDates() {
    Fact signed = signed("a-pact", "2000", "CHN UZB");
    Fact inForce = fact(AGREEMENT_ENTERED_INTO_FORCE, "2000-06", "", "agreementId", "a-pact");
    Fact joined = fact(AGREEMENT_JOINED, "2005-03", "TKM", "agreementId", "a-pact");

    RelationshipView view =
        Relationships.fold(
            DYAD,
            List.of(),
            Map.of("a-pact", List.of(signed, inForce, joined)),
            LocalDate.of(2010, 1, 1),
            null);

    assertThat(view.agreementsInForce())
        .singleElement()
        .satisfies(
            pact -> {
              assertThat(pact.id()).isEqualTo("a-pact");
              assertThat(pact.since()).isEqualTo("2000-06");
              assertThat(pact.parties())
                  .extracting(p -> p.actor() + " " + p.status() + " " + p.since())
                  .containsExactly("CHN PARTY 2000-06", "TKM PARTY 2005-03");
            });
    assertThat(view.counts()).isEmpty();
    assertThat(view.basis()).containsExactly(signed.id(), inForce.id(), joined.id());
  }

  @Test
  void anAgreementBothSignedButNotYetInForceIsPendingWithEachPartysRatification() {
    Fact signed = signed("a-gas", "2013-09", "CHN TKM");
    Fact ratified = fact(AGREEMENT_RATIFIED, "2014-03", "TKM", "agreementId", "a-gas");

    RelationshipView view =
        Relationships.fold(
            DYAD, List.of(signed), Map.of("a-gas", List.of(signed, ratified)), LONG_AFTER, null);

    assertThat(view.agreementsInForce()).isEmpty();
    assertThat(view.agreementsPending())
        .containsExactly(
            new AgreementPending(
                "a-gas",
                "title of a-gas",
                "SIGNED",
                "2013-09",
                Certainty.CERTAIN,
                List.of("SUPPLY", "TRANSIT"),
                List.of(
                    new AgreementParty(
                        CHN,
                        "SIGNATORY",
                        "2013-09",
                        Certainty.CERTAIN,
                        List.of("SUPPLY", "TRANSIT")),
                    new AgreementParty(
                        TKM,
                        "RATIFIED",
                        "2014-03",
                        Certainty.CERTAIN,
                        List.of("SUPPLY", "TRANSIT")))));
    assertThat(view.basis()).containsExactly(signed.id(), ratified.id());
  }

  @Test
  void eachPartyInAnAgreementEntryShowsItsOwnObligationsFallingBackToTheAgreements() {
    Fact signed =
        fact(
            AGREEMENT_SIGNED,
            "2001",
            "CHN TKM UZB",
            "agreementId",
            "a-treaty",
            "title",
            "treaty",
            "obligations",
            List.of("CONSULTATION"),
            "obligationsOf",
            Map.of("CHN", List.of("DEFENCE")));
    Fact inForce = fact(AGREEMENT_ENTERED_INTO_FORCE, "2002", "", "agreementId", "a-treaty");

    RelationshipView view =
        Relationships.fold(
            DYAD, List.of(signed), Map.of("a-treaty", List.of(signed, inForce)), LONG_AFTER, null);

    assertThat(view.agreementsInForce().get(0).obligations()).containsExactly("CONSULTATION");
    assertThat(view.agreementsInForce().get(0).parties())
        .extracting(p -> p.actor() + " " + p.obligations())
        .containsExactly("CHN [DEFENCE]", "TKM [CONSULTATION]");
  }

  static Stream<Arguments> agreementsNotInForceBetweenTheTwoOnTheDay() {
    return Stream.of(
        Arguments.of("only signed", List.<Fact>of(), true),
        Arguments.of(
            "in force for CHN alone",
            List.of(fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "CHN", "agreementId", "a-gas")),
            true),
        Arguments.of(
            "in force after the day",
            List.of(fact(AGREEMENT_ENTERED_INTO_FORCE, "2021", "", "agreementId", "a-gas")),
            true),
        Arguments.of(
            "TKM withdrew",
            List.of(
                fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas"),
                fact(AGREEMENT_PARTY_WITHDREW, "2015-04", "TKM", "agreementId", "a-gas")),
            false),
        Arguments.of(
            "terminated",
            List.of(
                fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas"),
                fact(AGREEMENT_TERMINATED, "2018-12-31", "", "agreementId", "a-gas")),
            false));
  }

  @ParameterizedTest(name = "[{index}] {0}: pending {2}")
  @MethodSource("agreementsNotInForceBetweenTheTwoOnTheDay")
  void anAgreementNotInForceBetweenTheTwoIsNotListedAsInForceAndPendingOnlyWhileBothAreIn(
      String what, List<Fact> afterSigning, boolean pending) {
    Fact signed = signed("a-gas", "2007-07-17", "CHN TKM");
    List<Fact> agreementFacts = new ArrayList<>(afterSigning);
    agreementFacts.add(signed);

    RelationshipView view =
        Relationships.fold(
            DYAD, List.of(signed), Map.of("a-gas", agreementFacts), LocalDate.of(2020, 1, 1), null);

    assertThat(view.agreementsInForce()).isEmpty();
    assertThat(view.agreementsPending()).hasSize(pending ? 1 : 0);
    if (pending) {
      assertThat(view.basis()).contains(signed.id());
    } else {
      assertThat(view.basis()).isEmpty();
    }
  }

  static Stream<Arguments> agreementCertainties() {
    LocalDate midJune2015 = LocalDate.of(2015, 6, 15);
    return Stream.of(
        Arguments.of(
            "entered into force that month",
            List.of(fact(AGREEMENT_ENTERED_INTO_FORCE, "2015-06", "", "agreementId", "a-gas")),
            midJune2015,
            Certainty.POSSIBLE),
        Arguments.of(
            "TKM may have withdrawn",
            List.of(
                fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas"),
                fact(AGREEMENT_PARTY_WITHDREW, "2015", "TKM", "agreementId", "a-gas")),
            midJune2015,
            Certainty.POSSIBLE),
        Arguments.of(
            "it may have been terminated",
            List.of(
                fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas"),
                fact(AGREEMENT_TERMINATED, "2015-06", "", "agreementId", "a-gas")),
            midJune2015,
            Certainty.POSSIBLE),
        Arguments.of(
            "a third party may have joined",
            List.of(
                fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas"),
                fact(AGREEMENT_JOINED, "2015", "UZB", "agreementId", "a-gas")),
            midJune2015,
            Certainty.CERTAIN),
        Arguments.of(
            "in force for years",
            List.of(fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas")),
            midJune2015,
            Certainty.CERTAIN));
  }

  @ParameterizedTest(name = "[{index}] {0}: {3}")
  @MethodSource("agreementCertainties")
  void anAgreementIsInForceOnlyPossiblyWhenItsStateOrEitherPartysStatusIsOnlyPossible(
      String what, List<Fact> afterSigning, LocalDate asOf, Certainty certainty) {
    Fact signed = signed("a-gas", "2007-07-17", "CHN TKM");
    List<Fact> agreementFacts = new ArrayList<>(afterSigning);
    agreementFacts.add(signed);

    RelationshipView view =
        Relationships.fold(DYAD, List.of(signed), Map.of("a-gas", agreementFacts), asOf, null);

    assertThat(view.agreementsInForce())
        .singleElement()
        .returns(certainty, AgreementInForce::certainty);
  }

  @Test
  void agreementsTheTwoHaveNoPartInAreLeftOut() {
    Fact signed = signed("a-other", "2007", "CHN UZB");
    Fact inForce = fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-other");

    RelationshipView view =
        Relationships.fold(
            DYAD,
            List.of(fact(VISIT, "2009", "CHN TKM")),
            Map.of("a-other", List.of(signed, inForce)),
            LONG_AFTER,
            null);

    assertThat(view.agreementsInForce()).isEmpty();
    assertThat(view.agreementsPending()).isEmpty();
  }

  @Test
  void agreementsInForceAreListedByIdAndTheBasisIsPartnershipThenAgreementsThenContact() {
    Fact visit = fact(VISIT, "2019", "CHN TKM");
    Fact signedB = signed("b-pipeline", "2009", "CHN TKM");
    Fact inForceB = fact(AGREEMENT_ENTERED_INTO_FORCE, "2010", "", "agreementId", "b-pipeline");
    Fact signedA = signed("a-gas", "2007", "TKM CHN UZB");
    Fact inForceA = fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas");
    Fact established = step("2013 ESTABLISHED STRATEGIC_PARTNERSHIP");

    RelationshipView view =
        Relationships.fold(
            DYAD,
            List.of(visit, signedB, signedA, established),
            Map.of("a-gas", List.of(signedA, inForceA), "b-pipeline", List.of(inForceB, signedB)),
            LONG_AFTER,
            null);

    assertThat(view.agreementsInForce())
        .extracting(AgreementInForce::id)
        .containsExactly("a-gas", "b-pipeline");
    assertThat(view.basis())
        .containsExactlyElementsOf(ids(established, signedA, inForceA, signedB, inForceB, visit));
  }

  /**
   * The answer does not depend on the order in which developments were recorded. Facts of the same
   * date are put in world order by their log position, so the generated facts have distinct dates
   * (of year, month or day precision, some qualified): with them, any answer that changed with the
   * recording order would be a fold reading the log order where it should read the world's.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void theAnswerDoesNotDependOnTheOrderInWhichDevelopmentsWereRecorded(long seed) {
    RandomHistories.assertOrderDoesNotMatter(seed, r -> history(r), RelationshipsTest::answer);
  }

  /** Whatever is dated wholly after the day has no say in the answer. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void developmentsDatedAfterTheDayDoNotChangeTheAnswer(long seed) {
    RandomHistories.assertLaterDevelopmentsDoNotMatter(
        seed, r -> history(r), RelationshipsTest::answer);
  }

  private static RelationshipView answer(List<Fact> recorded, LocalDate asOf) {
    List<Fact> dyadFacts =
        recorded.stream().filter(f -> f.actors().containsAll(List.of(CHN, TKM))).toList();
    Map<String, List<Fact>> agreementFacts =
        recorded.stream()
            .filter(f -> f.text("agreementId") != null)
            .collect(Collectors.groupingBy(f -> f.text("agreementId")));
    return Relationships.fold(DYAD, dyadFacts, agreementFacts, asOf, null);
  }

  /** A dyad's partnership steps, contacts and statements, and two agreements' lives. */
  private static List<Fact> history(Random random) {
    int size = random.nextInt(16);
    List<String> dates = RandomHistories.distinctDates(random, size, 2000, 2010);
    List<Fact> facts = new ArrayList<>();
    for (String date : dates) {
      String agreement = oneOf(random, "a-1", "a-2");
      String level =
          oneOf(
              random,
              "NONE",
              "PARTNERSHIP",
              "STRATEGIC_PARTNERSHIP",
              "COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
              "ALL_WEATHER_STRATEGIC_PARTNERSHIP");
      facts.add(
          switch (random.nextInt(11)) {
            case 0, 1, 2 ->
                step(
                    date
                        + " "
                        + oneOf(random, "ESTABLISHED", "UPGRADED", "DOWNGRADED")
                        + " "
                        + level);
            case 3 ->
                fact(oneOf(random, VISIT, MEETING), date, oneOf(random, "CHN TKM", "TKM CHN"));
            case 4 -> fact(STATEMENT, date, "CHN TKM");
            case 5 -> signed(agreement, date, oneOf(random, "CHN TKM", "CHN TKM UZB"));
            case 6 ->
                fact(
                    AGREEMENT_ENTERED_INTO_FORCE,
                    date,
                    oneOf(random, "", "", "CHN", "CHN TKM"),
                    "agreementId",
                    agreement);
            case 7 ->
                fact(AGREEMENT_JOINED, date, oneOf(random, "TKM", "UZB"), "agreementId", agreement);
            case 8 ->
                fact(
                    AGREEMENT_PARTY_WITHDREW,
                    date,
                    oneOf(random, "CHN", "TKM", "UZB"),
                    "agreementId",
                    agreement);
            case 9 -> fact(AGREEMENT_TERMINATED, date, "", "agreementId", agreement);
            default ->
                fact(
                    DevelopmentType.AGREEMENT_AMENDED,
                    date,
                    "",
                    "agreementId",
                    agreement,
                    "change",
                    "c",
                    "obligations",
                    List.of(oneOf(random, "TRADE", "DEFENCE")));
          });
    }
    return facts;
  }

  private static RelationshipView fold(LocalDate asOf, Fact... facts) {
    return Relationships.fold(DYAD, List.of(facts), Map.of(), asOf, null);
  }

  private static String level(RelationshipView view) {
    return view.partnership() == null ? null : String.valueOf(view.partnership().level());
  }

  /** Steps like {@code "2005 ESTABLISHED PARTNERSHIP; 2013-09 UPGRADED STRATEGIC_PARTNERSHIP"}. */
  private static Fact[] steps(String steps) {
    return Arrays.stream(steps.split(";"))
        .map(String::trim)
        .map(RelationshipsTest::step)
        .toArray(Fact[]::new);
  }

  /** One step like {@code "2013-09 UPGRADED STRATEGIC_PARTNERSHIP"}, labelled after its level. */
  private static Fact step(String step) {
    String[] parts = step.trim().split("\\s+");
    return fact(
        DevelopmentType.valueOf("PARTNERSHIP_" + parts[1]),
        parts[0],
        "CHN TKM",
        "level",
        parts[2],
        "label",
        "label of " + parts[2]);
  }

  private static Fact signed(String agreement, String date, String parties) {
    return fact(
        AGREEMENT_SIGNED,
        date,
        parties,
        "agreementId",
        agreement,
        "title",
        "title of " + agreement,
        "obligations",
        List.of("SUPPLY", "TRANSIT"));
  }
}
