package org.tracker.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_AMENDED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_ENTERED_INTO_FORCE;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_JOINED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_PARTY_WITHDREW;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_RATIFIED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_SIGNED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_TERMINATED;
import static org.tracker.shared.Certainty.CERTAIN;
import static org.tracker.shared.Certainty.POSSIBLE;
import static org.tracker.testing.FactFixtures.fact;
import static org.tracker.testing.FactFixtures.ids;
import static org.tracker.testing.RandomHistories.oneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.agreement.api.AgreementView.Party;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.testing.RandomHistories;

class AgreementsTest {

  private static final String ID = "a-gas";
  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode TKM = ActorCode.of("TKM");
  private static final ActorCode UZB = ActorCode.of("UZB");
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  static Stream<Arguments> nothingKnownByTheDay() {
    return Stream.of(
        Arguments.of("no development at all", List.of()),
        Arguments.of(
            "only another agreement's",
            List.of(
                fact(AGREEMENT_SIGNED, "2007", "CHN TKM", "agreementId", "a-other", "title", "t"))),
        Arguments.of(
            "only developments dated after the day",
            List.of(
                fact(AGREEMENT_SIGNED, "2031", "CHN TKM", "agreementId", ID, "title", "t"),
                fact(AGREEMENT_ENTERED_INTO_FORCE, "2030-01-02", "", "agreementId", ID))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("nothingKnownByTheDay")
  void anAgreementWithNothingKnownByTheDayIsNotThere(String what, List<Fact> facts) {
    assertThat(Agreements.fold(ID, facts, LONG_AFTER)).isEmpty();
  }

  @Test
  void aSignedAgreementHasItsSignatoriesTitleInstrumentAndObligations() {
    Fact signed =
        fact(
            AGREEMENT_SIGNED,
            "2007-07-17",
            "CHN TKM",
            "agreementId",
            ID,
            "title",
            "中土天然氣合作協議",
            "titleEn",
            "Gas cooperation agreement",
            "instrument",
            "AGREEMENT",
            "obligations",
            List.of("SUPPLY", "TRANSIT"));

    AgreementView view = fold(LONG_AFTER, signed);

    assertThat(view.id()).isEqualTo(ID);
    assertThat(view.title()).isEqualTo("中土天然氣合作協議");
    assertThat(view.titleEn()).isEqualTo("Gas cooperation agreement");
    assertThat(view.instrument()).isEqualTo("AGREEMENT");
    assertThat(view.obligations()).containsExactly("SUPPLY", "TRANSIT");
    assertThat(view.state()).isEqualTo("SIGNED");
    assertThat(view.since()).isEqualTo("2007-07-17");
    assertThat(view.certainty()).isEqualTo(CERTAIN);
    assertThat(view.parties())
        .containsExactly(
            new Party(CHN, "SIGNATORY", "2007-07-17", CERTAIN),
            new Party(TKM, "SIGNATORY", "2007-07-17", CERTAIN));
    assertThat(view.bilateral()).isTrue();
    assertThat(view.asOf()).isEqualTo(LONG_AFTER);
    assertThat(view.basis()).containsExactly(signed.id());
    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] signed by {0}, then joined by {1}: bilateral {2}")
  @CsvSource({
    "CHN TKM, '', true",
    "CHN, '', true",
    "CHN TKM UZB, '', false",
    "CHN TKM, UZB, false"
  })
  void anAgreementIsBilateralWhenItHasTwoPartiesAtMost(
      String signatories, String joining, boolean bilateral) {
    List<Fact> facts = new ArrayList<>(List.of(signed("2007", signatories)));
    if (!joining.isEmpty()) {
      facts.add(fact(AGREEMENT_JOINED, "2009", joining, "agreementId", ID));
    }

    assertThat(Agreements.fold(ID, facts, LONG_AFTER).orElseThrow().bilateral())
        .isEqualTo(bilateral);
  }

  @Test
  void enteringIntoForceForAllMakesEverySignatoryAParty() {
    AgreementView view = fold(LONG_AFTER, signed("2007", "CHN TKM"), inForce("2008-05", ""));

    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(view.since()).isEqualTo("2008-05");
    assertThat(view.certainty()).isEqualTo(CERTAIN);
    assertThat(view.parties())
        .containsExactly(
            new Party(CHN, "PARTY", "2008-05", CERTAIN),
            new Party(TKM, "PARTY", "2008-05", CERTAIN));
    assertThat(view.inForceBetween(CHN, TKM)).isTrue();
  }

  @Test
  void enteringIntoForceForNamedActorsMakesOnlyThemParties() {
    AgreementView view =
        fold(LONG_AFTER, signed("2007", "CHN TKM UZB"), inForce("2008", "CHN UZB"));

    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(view.parties())
        .containsExactly(
            new Party(CHN, "PARTY", "2008", CERTAIN),
            new Party(TKM, "SIGNATORY", "2007", CERTAIN),
            new Party(UZB, "PARTY", "2008", CERTAIN));
    assertThat(view.inForceBetween(CHN, UZB)).isTrue();
    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0} {1}, in force 2008-05 for [{2}]: {3} since {4}")
  @CsvSource({
    "AGREEMENT_JOINED,   2007-12, '',      PARTY,    2008-05",
    "AGREEMENT_JOINED,   2007-12, CHN TKM, RATIFIED, 2007-12",
    "AGREEMENT_JOINED,   2009,    '',      PARTY,    2009",
    "AGREEMENT_JOINED,   2009,    CHN TKM, PARTY,    2009",
    "AGREEMENT_RATIFIED, 2007-12, '',      PARTY,    2008-05",
    "AGREEMENT_RATIFIED, 2007-12, CHN TKM, RATIFIED, 2007-12",
    "AGREEMENT_RATIFIED, 2009,    CHN TKM, PARTY,    2009"
  })
  void anActorConsentingBeforeEntryIntoForceHasRatifiedAndAfterItIsAParty(
      DevelopmentType consent, String date, String inForceFor, String status, String since) {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2007", "CHN TKM"),
            fact(consent, date, "UZB", "agreementId", ID),
            inForce("2008-05", inForceFor));

    assertThat(party(view, UZB)).isEqualTo(new Party(UZB, status, since, CERTAIN));
  }

  @Test
  void aSignatoryThatRatifiesHasRatifiedSinceThenAndIsNotYetBound() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2013-09", "CHN TKM UZB"),
            fact(AGREEMENT_RATIFIED, "2014-03", "TKM", "agreementId", ID));

    assertThat(view.state()).isEqualTo("SIGNED");
    assertThat(view.parties())
        .containsExactly(
            new Party(CHN, "SIGNATORY", "2013-09", CERTAIN),
            new Party(TKM, "RATIFIED", "2014-03", CERTAIN),
            new Party(UZB, "SIGNATORY", "2013-09", CERTAIN));
    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
    assertThat(view.pendingBetween(CHN, TKM)).isTrue();
  }

  @Test
  void anEntryIntoForceNamingNoActorDoesNotMakeAPartyThatWithdrewAPartyAgain() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2000", "CHN TKM UZB"),
            fact(AGREEMENT_PARTY_WITHDREW, "2001", "TKM", "agreementId", ID),
            inForce("2002", ""));

    assertThat(party(view, TKM)).isEqualTo(new Party(TKM, "WITHDRAWN", "2001", CERTAIN));
    assertThat(party(view, UZB)).isEqualTo(new Party(UZB, "PARTY", "2002", CERTAIN));
    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
    assertThat(view.pendingBetween(CHN, TKM)).isFalse();
    assertThat(view.inForceBetween(CHN, UZB)).isTrue();
  }

  @Test
  void anEntryIntoForceNamingAnActorThatWithdrewMakesItAPartyAgain() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2000", "CHN TKM"),
            fact(AGREEMENT_PARTY_WITHDREW, "2001", "TKM", "agreementId", ID),
            inForce("2002", "CHN TKM"));

    assertThat(party(view, TKM)).isEqualTo(new Party(TKM, "PARTY", "2002", CERTAIN));
  }

  @ParameterizedTest(name = "[{index}] a party then {0}: still a party since 2008")
  @EnumSource(names = {"AGREEMENT_SIGNED", "AGREEMENT_RATIFIED", "AGREEMENT_JOINED"})
  void aPartysStatusDoesNotFallBackWhenItSignsRatifiesOrJoinsAgain(DevelopmentType again) {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2007", "CHN TKM"),
            inForce("2008", ""),
            fact(again, "2010", "TKM", "agreementId", ID, "title", "title of " + ID));

    assertThat(party(view, TKM)).isEqualTo(new Party(TKM, "PARTY", "2008", CERTAIN));
    assertThat(view.inForceBetween(CHN, TKM)).isTrue();
  }

  @Test
  void aSecondEntryIntoForceLeavesEarlierPartiesTheirOwnDates() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2007", "CHN TKM UZB"),
            inForce("2008", "CHN TKM"),
            inForce("2010", ""));

    assertThat(view.parties())
        .containsExactly(
            new Party(CHN, "PARTY", "2008", CERTAIN),
            new Party(TKM, "PARTY", "2008", CERTAIN),
            new Party(UZB, "PARTY", "2010", CERTAIN));
    assertThat(view.since()).isEqualTo("2010");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "both signed                          | SIGNED   |          | true",
        "in force for CHN alone               | SIGNED   | CHN      | true",
        "in force for both                    | SIGNED   | CHN TKM  | false",
        "TKM withdrew                         | WITHDREW |          | false",
        "terminated                           | ENDED    |          | false"
      })
  void anAgreementIsPendingBetweenTwoThatBothCommittedToWhileNotInForceBetweenThem(
      String what, String then, String inForceFor, boolean pending) {
    List<Fact> facts = new ArrayList<>(List.of(signed("2007", "CHN TKM")));
    if (inForceFor != null) {
      facts.add(inForce("2008", inForceFor));
    }
    if (then.equals("WITHDREW")) {
      facts.add(fact(AGREEMENT_PARTY_WITHDREW, "2009", "TKM", "agreementId", ID));
    } else if (then.equals("ENDED")) {
      facts.add(fact(AGREEMENT_TERMINATED, "2009", "", "agreementId", ID));
    }

    AgreementView view = Agreements.fold(ID, facts, LONG_AFTER).orElseThrow();

    assertThat(view.pendingBetween(CHN, TKM)).isEqualTo(pending);
    assertThat(view.pendingBetween(CHN, UZB)).as("UZB has no part in it").isFalse();
  }

  @Test
  void eachPartyUndertakesItsOwnObligationsWhereStatedAndTheAgreementsOtherwise() {
    Fact signed =
        fact(
            AGREEMENT_SIGNED,
            "1939-08",
            "CHN TKM UZB",
            "agreementId",
            ID,
            "title",
            "pact",
            "obligations",
            List.of("CONSULTATION"),
            "obligationsOf",
            java.util.Map.of("CHN", List.of("DEFENCE", "OFFENCE"), "TKM", List.of("NEUTRALITY")));
    Fact amended =
        fact(
            AGREEMENT_AMENDED,
            "1941",
            "TKM",
            "agreementId",
            ID,
            "change",
            "TKM's neutrality lifted",
            "obligationsOf",
            java.util.Map.of("TKM", List.of("NON_AGGRESSION")));

    AgreementView before = fold(LocalDate.of(1940, 1, 1), signed, amended);
    AgreementView after = fold(LONG_AFTER, signed, amended);

    assertThat(before.undertakings(CHN)).containsExactly("DEFENCE", "OFFENCE");
    assertThat(before.undertakings(TKM)).containsExactly("NEUTRALITY");
    assertThat(before.undertakings(UZB)).containsExactly("CONSULTATION");
    assertThat(after.undertakings(TKM)).containsExactly("NON_AGGRESSION");
    assertThat(after.obligationsOf()).containsOnlyKeys(CHN, TKM);
  }

  @Test
  void anAgreementKnownOnlyFromItsEntryIntoForceTakesItsTitleAndObligationsFromIt() {
    Fact inForce =
        fact(
            AGREEMENT_ENTERED_INTO_FORCE,
            "2008",
            "CHN TKM",
            "agreementId",
            ID,
            "title",
            "協定",
            "titleEn",
            "Agreement",
            "obligations",
            List.of("TRADE"));

    AgreementView view = fold(LONG_AFTER, inForce);

    assertThat(view.title()).isEqualTo("協定");
    assertThat(view.titleEn()).isEqualTo("Agreement");
    assertThat(view.instrument()).isNull();
    assertThat(view.obligations()).containsExactly("TRADE");
    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(view.parties())
        .containsExactly(
            new Party(CHN, "PARTY", "2008", CERTAIN), new Party(TKM, "PARTY", "2008", CERTAIN));
  }

  @Test
  void theSigningsTitleAndObligationsStandOverThoseGivenAtEntryIntoForce() {
    Fact inForce =
        fact(
            AGREEMENT_ENTERED_INTO_FORCE,
            "2008",
            "",
            "agreementId",
            ID,
            "title",
            "another title",
            "obligations",
            List.of("TRADE"));

    AgreementView view = fold(LONG_AFTER, signed("2007", "CHN TKM"), inForce);

    assertThat(view.title()).isEqualTo("title of a-gas");
    assertThat(view.obligations()).containsExactly("SUPPLY", "TRANSIT");
  }

  @Test
  void obligationsGivenAtEntryIntoForceCountWhenTheSigningGaveNone() {
    Fact signed = fact(AGREEMENT_SIGNED, "2007", "CHN TKM", "agreementId", ID, "title", "t");
    Fact inForce =
        fact(
            AGREEMENT_ENTERED_INTO_FORCE,
            "2008",
            "",
            "agreementId",
            ID,
            "obligations",
            List.of("TRADE"));

    assertThat(fold(LONG_AFTER, signed, inForce).obligations()).containsExactly("TRADE");
  }

  @ParameterizedTest(name = "[{index}] amended {0} with {1}, asked {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2012 | SUPPLY TRADE INVESTMENT | 2030-01-01 | SUPPLY TRADE INVESTMENT",
        "2012 | -                       | 2030-01-01 | SUPPLY TRANSIT",
        "2012 | SUPPLY TRADE INVESTMENT | 2011-12-31 | SUPPLY TRANSIT",
        "2012 | SUPPLY TRADE INVESTMENT | 2012-06-30 | SUPPLY TRADE INVESTMENT"
      })
  void anAmendmentReplacesTheObligationsFromItsDate(
      String date, String obligations, LocalDate asOf, String expected) {
    Fact amended =
        obligations.equals("-")
            ? fact(AGREEMENT_AMENDED, date, "", "agreementId", ID, "change", "renamed")
            : fact(
                AGREEMENT_AMENDED,
                date,
                "",
                "agreementId",
                ID,
                "change",
                "more",
                "obligations",
                List.of(obligations.split(" ")));

    AgreementView view = fold(asOf, amended, inForce("2008", ""), signed("2007", "CHN TKM"));

    assertThat(view.obligations()).containsExactly(expected.split(" "));
    assertThat(view.state()).isEqualTo("IN_FORCE");
  }

  @Test
  void aPartyThatWithdrewIsWithdrawnSinceThenWhileTheAgreementStaysInForce() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2007", "CHN TKM UZB"),
            inForce("2008", ""),
            fact(AGREEMENT_PARTY_WITHDREW, "2015-04-01", "TKM", "agreementId", ID));

    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(party(view, TKM)).isEqualTo(new Party(TKM, "WITHDRAWN", "2015-04-01", CERTAIN));
    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
    assertThat(view.inForceBetween(CHN, UZB)).isTrue();
  }

  @Test
  void aPartyThatWithdrewAndJoinedAgainIsAPartyAgain() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2007", "CHN TKM"),
            inForce("2008", ""),
            fact(AGREEMENT_PARTY_WITHDREW, "2015", "TKM", "agreementId", ID),
            fact(AGREEMENT_JOINED, "2019-03", "TKM", "agreementId", ID));

    assertThat(party(view, TKM)).isEqualTo(new Party(TKM, "PARTY", "2019-03", CERTAIN));
  }

  @Test
  void aWithdrawalOnlyPossibleOnTheDayLeavesThePartyStandingAsPossible() {
    AgreementView view =
        fold(
            LocalDate.of(2015, 6, 1),
            signed("2007", "CHN TKM"),
            inForce("2008", ""),
            fact(AGREEMENT_PARTY_WITHDREW, "2015", "TKM", "agreementId", ID));

    assertThat(party(view, TKM)).isEqualTo(new Party(TKM, "PARTY", "2008", POSSIBLE));
    assertThat(view.inForceBetween(CHN, TKM)).isTrue();
  }

  @Test
  void aPossibleWithdrawalOfAnActorNotYetNamedIsAPossibleWithdrawal() {
    AgreementView view =
        fold(
            LocalDate.of(2015, 6, 1),
            signed("2007", "CHN TKM"),
            fact(AGREEMENT_PARTY_WITHDREW, "2015", "UZB", "agreementId", ID));

    assertThat(party(view, UZB)).isEqualTo(new Party(UZB, "WITHDRAWN", "2015", POSSIBLE));
  }

  @Test
  void aTerminatedAgreementIsTerminatedSinceThen() {
    AgreementView view =
        fold(
            LONG_AFTER,
            signed("2007", "CHN TKM"),
            inForce("2008", ""),
            fact(AGREEMENT_TERMINATED, "2018-12", "", "agreementId", ID));

    assertThat(view.state()).isEqualTo("TERMINATED");
    assertThat(view.since()).isEqualTo("2018-12");
    assertThat(view.certainty()).isEqualTo(CERTAIN);
    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
  }

  @Test
  void aTerminationOnlyPossibleOnTheDayLeavesTheStateStandingAsPossible() {
    AgreementView view =
        fold(
            LocalDate.of(2018, 12, 15),
            signed("2007", "CHN TKM"),
            inForce("2008", ""),
            fact(AGREEMENT_TERMINATED, "2018-12", "", "agreementId", ID));

    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(view.since()).isEqualTo("2008");
    assertThat(view.certainty()).isEqualTo(POSSIBLE);
    assertThat(view.inForceBetween(CHN, TKM)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} on the day")
  @EnumSource(names = {"AGREEMENT_TERMINATED", "AGREEMENT_PARTY_WITHDREW"})
  void whatEndsOnADayNoLongerHoldsThatDay(DevelopmentType ending) {
    AgreementView view =
        fold(
            LocalDate.of(2018, 12, 31),
            signed("2007", "CHN TKM"),
            inForce("2008", ""),
            fact(ending, "2018-12-31", "TKM", "agreementId", ID));

    assertThat(view.inForceBetween(CHN, TKM)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] in force {0}, asked {1}: {2}")
  @CsvSource({
    "2008-05,    2008-05-20, POSSIBLE",
    "2008-05,    2008-05-31, CERTAIN",
    "2008,       2008-05-31, POSSIBLE",
    "2008-05-20, 2008-05-20, CERTAIN"
  })
  void theAgreementsStateAndEachPartysStatusAreOnlyPossibleWithinTheirDate(
      String date, LocalDate asOf, Certainty certainty) {
    AgreementView view = fold(asOf, signed("2007", "CHN TKM"), inForce(date, ""));

    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(view.certainty()).isEqualTo(certainty);
    assertThat(view.parties()).extracting(Party::certainty).containsOnly(certainty);
  }

  @Test
  void anEntryIntoForceDatedAfterTheDayLeavesItSigned() {
    AgreementView view =
        fold(LocalDate.of(2008, 4, 30), signed("2007", "CHN TKM"), inForce("2008-05", ""));

    assertThat(view.state()).isEqualTo("SIGNED");
    assertThat(view.since()).isEqualTo("2007");
  }

  @Test
  void theAgreementFollowsWorldOrderNotRecordingOrderAndRestsOnEveryDevelopment() {
    Fact terminated = fact(AGREEMENT_TERMINATED, "2020", "", "agreementId", ID);
    Fact inForce = inForce("2008", "");
    Fact joined = fact(AGREEMENT_JOINED, "2010", "UZB", "agreementId", ID);
    Fact signed = signed("2007", "CHN TKM");

    AgreementView view = fold(LONG_AFTER, terminated, inForce, joined, signed);

    assertThat(view.state()).isEqualTo("TERMINATED");
    assertThat(view.parties()).extracting(Party::status).containsExactly("PARTY", "PARTY", "PARTY");
    assertThat(view.basis()).containsExactlyElementsOf(ids(signed, inForce, joined, terminated));
  }

  @Test
  void aLaterSigningDoesNotSetTheStateBack() {
    AgreementView view =
        fold(LONG_AFTER, signed("2007", "CHN TKM"), inForce("2008", ""), signed("2010", "UZB"));

    assertThat(view.state()).isEqualTo("IN_FORCE");
    assertThat(view.since()).isEqualTo("2008");
    assertThat(party(view, UZB)).isEqualTo(new Party(UZB, "SIGNATORY", "2010", CERTAIN));
  }

  /**
   * The answer does not depend on the order in which developments were recorded. Facts of the same
   * date are put in world order by their log position, so the generated facts have distinct dates
   * (of year, month or day precision, some qualified).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void theAnswerDoesNotDependOnTheOrderInWhichDevelopmentsWereRecorded(long seed) {
    RandomHistories.assertOrderDoesNotMatter(
        seed, r -> history(r), (facts, asOf) -> Agreements.fold(ID, facts, asOf));
  }

  /** Whatever is dated wholly after the day has no say in the answer. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void developmentsDatedAfterTheDayDoNotChangeTheAnswer(long seed) {
    RandomHistories.assertLaterDevelopmentsDoNotMatter(
        seed, r -> history(r), (facts, asOf) -> Agreements.fold(ID, facts, asOf));
  }

  /** Signings, accessions, entries into force, amendments, withdrawals and terminations. */
  private static List<Fact> history(Random random) {
    int size = random.nextInt(12);
    List<Fact> facts = new ArrayList<>();
    for (String date : RandomHistories.distinctDates(random, size, 2000, 2010)) {
      String actor = oneOf(random, "CHN", "TKM", "UZB", "KAZ");
      facts.add(
          switch (random.nextInt(8)) {
            case 0 -> signed(date, oneOf(random, "CHN TKM", "CHN TKM UZB", actor));
            case 1 -> fact(AGREEMENT_JOINED, date, actor, "agreementId", ID);
            case 7 -> fact(AGREEMENT_RATIFIED, date, actor, "agreementId", ID);
            case 2 -> inForce(date, oneOf(random, "", "", actor, "CHN TKM"));
            case 3 ->
                fact(
                    AGREEMENT_AMENDED,
                    date,
                    "",
                    "agreementId",
                    ID,
                    "change",
                    "c",
                    "obligations",
                    List.of(oneOf(random, "TRADE", "DEFENCE", "FINANCE")));
            case 4 -> fact(AGREEMENT_PARTY_WITHDREW, date, actor, "agreementId", ID);
            case 5 -> fact(AGREEMENT_TERMINATED, date, "", "agreementId", ID);
            default -> fact(AGREEMENT_SIGNED, date, actor, "agreementId", "a-other", "title", "t");
          });
    }
    return facts;
  }

  private static AgreementView fold(LocalDate asOf, Fact... facts) {
    return Agreements.fold(ID, List.of(facts), asOf).orElseThrow();
  }

  private static Party party(AgreementView view, ActorCode actor) {
    return view.parties().stream().filter(p -> p.actor().equals(actor)).findFirst().orElseThrow();
  }

  private static Fact signed(String date, String parties) {
    return fact(
        AGREEMENT_SIGNED,
        date,
        parties,
        "agreementId",
        ID,
        "title",
        "title of " + ID,
        "obligations",
        List.of("SUPPLY", "TRANSIT"));
  }

  private static Fact inForce(String date, String actors) {
    return fact(AGREEMENT_ENTERED_INTO_FORCE, date, actors, "agreementId", ID);
  }
}
