package org.tracker.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.BODY_ESTABLISHED;
import static org.tracker.development.api.DevelopmentType.DOCUMENT_ADOPTED;
import static org.tracker.development.api.DevelopmentType.MEMBERSHIP_CHANGED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_DISSOLVED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_FOUNDED;
import static org.tracker.development.api.DevelopmentType.SUMMIT_HELD;
import static org.tracker.shared.Certainty.CERTAIN;
import static org.tracker.shared.Certainty.POSSIBLE;
import static org.tracker.testing.FactFixtures.fact;
import static org.tracker.testing.FactFixtures.ids;
import static org.tracker.testing.RandomHistories.oneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracker.fact.api.Fact;
import org.tracker.organization.api.OrganizationView;
import org.tracker.organization.api.OrganizationView.Event;
import org.tracker.organization.api.OrganizationView.LastKnown;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.testing.RandomHistories;

class OrganizationsTest {

  private static final ActorCode SCO = ActorCode.of("SCO");
  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode IND = ActorCode.of("IND");
  private static final ActorCode KAZ = ActorCode.of("KAZ");
  private static final ActorCode RUS = ActorCode.of("RUS");
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  @Test
  void anOrganisationWithNothingKnownHasNoFoundingMembersOrEvents() {
    OrganizationView view = fold(LONG_AFTER);

    assertThat(view.code()).isEqualTo(SCO);
    assertThat(view.founded()).isNull();
    assertThat(view.dissolved()).isNull();
    assertThat(view.members()).isEmpty();
    assertThat(view.summits()).isEmpty();
    assertThat(view.documents()).isEmpty();
    assertThat(view.bodies()).isEmpty();
    assertThat(view.asOf()).isEqualTo(LONG_AFTER);
    assertThat(view.basis()).isEmpty();
  }

  @Test
  void theFoundersAreFullMembersSinceTheFounding() {
    Fact founded = founded("2001-06-15", "RUS CHN KAZ");

    OrganizationView view = fold(LONG_AFTER, founded);

    assertThat(view.founded()).isEqualTo(new Event(founded.id(), "2001-06-15", CERTAIN, null));
    assertThat(view.members())
        .containsExactly(
            new Member(CHN, "FULL", "2001-06-15", CERTAIN),
            new Member(KAZ, "FULL", "2001-06-15", CERTAIN),
            new Member(RUS, "FULL", "2001-06-15", CERTAIN));
    assertThat(view.basis()).containsExactly(founded.id());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"FULL", "ASSOCIATE", "OBSERVER", "DIALOGUE_PARTNER"})
  void aMembershipChangeGivesTheActorsThatStatusSinceItsDate(String status) {
    OrganizationView view =
        fold(LONG_AFTER, founded("2001", "CHN RUS"), membership("2017-06-09", "IND", status));

    assertThat(view.members()).contains(new Member(IND, status, "2017-06-09", CERTAIN)).hasSize(3);
  }

  @Test
  void aLaterStatusReplacesTheEarlierOne() {
    OrganizationView view =
        fold(
            LONG_AFTER,
            founded("2001", "CHN RUS"),
            membership("2017-06-09", "IND", "FULL"),
            membership("2005-07", "IND", "OBSERVER"));

    assertThat(view.members()).contains(new Member(IND, "FULL", "2017-06-09", CERTAIN));
  }

  @Test
  void membersAreListedByActorCode() {
    OrganizationView view =
        fold(
            LONG_AFTER,
            membership("2017", "PAK IND", "FULL"),
            founded("2001", "RUS CHN"),
            membership("2005", "AFG", "OBSERVER"));

    assertThat(view.members())
        .extracting(m -> m.actor().code())
        .containsExactly("AFG", "CHN", "IND", "PAK", "RUS");
  }

  @ParameterizedTest(name = "[{index}] {0} leaves on {1}, asked {2}: {3}")
  @CsvSource({
    "RUS, 2022,       2030-01-01, gone",
    "RUS, 2022-03,    2022-03-31, gone",
    "RUS, 2022-03-02, 2022-03-02, gone",
    "RUS, 2022,       2022-06-30, FULL since 2001 POSSIBLE",
    "RUS, 2022-03,    2022-03-15, FULL since 2001 POSSIBLE",
    "RUS, 2022,       2021-12-31, FULL since 2001 CERTAIN",
    "IND, 2022,       2030-01-01, gone",
    "IND, 2022,       2022-06-30, gone"
  })
  void leavingWithStatusNoneRemovesAMemberButOnlyPossiblyLeavingKeepsItAsPossible(
      String actor, String left, LocalDate asOf, String expected) {
    OrganizationView view = fold(asOf, founded("2001", "CHN RUS"), membership(left, actor, "NONE"));

    List<String> members =
        view.members().stream()
            .filter(m -> m.actor().code().equals(actor))
            .map(m -> m.status() + " since " + m.since() + " " + m.certainty())
            .toList();
    if (expected.equals("gone")) {
      assertThat(members).isEmpty();
    } else {
      assertThat(members).containsExactly(expected);
    }
    assertThat(view.members()).extracting(Member::actor).contains(CHN);
  }

  @Test
  void aMemberWhoseStatusBecameUnknownIsListedWithTheStatusLastKnown() {
    OrganizationView view =
        fold(
            LONG_AFTER,
            founded("2001", "CHN RUS"),
            membership("2015", "RUS", "UNKNOWN"),
            membership("2016", "IND", "UNKNOWN"));

    assertThat(view.members())
        .containsExactly(
            new Member(CHN, "FULL", "2001", CERTAIN),
            new Member(IND, "UNKNOWN", "2016", CERTAIN),
            new Member(RUS, "UNKNOWN", "2015", CERTAIN, new LastKnown("FULL", "2001", CERTAIN)));
  }

  @Test
  void aDissolvedOrganisationHasNoMembers() {
    Fact dissolved = fact(ORGANIZATION_DISSOLVED, "2020-05", "", "organization", "SCO");

    OrganizationView view = fold(LONG_AFTER, founded("2001", "CHN RUS"), dissolved);

    assertThat(view.dissolved()).isEqualTo(new Event(dissolved.id(), "2020-05", CERTAIN, null));
    assertThat(view.members()).isEmpty();
  }

  @Test
  void anOrganisationOnlyPossiblyDissolvedKeepsItsMembersAsPossible() {
    Fact dissolved = fact(ORGANIZATION_DISSOLVED, "2020-05", "", "organization", "SCO");

    OrganizationView view =
        fold(
            LocalDate.of(2020, 5, 10),
            founded("2001", "CHN RUS"),
            membership("2017", "IND", "OBSERVER"),
            dissolved);

    assertThat(view.dissolved()).isEqualTo(new Event(dissolved.id(), "2020-05", POSSIBLE, null));
    assertThat(view.members())
        .containsExactly(
            new Member(CHN, "FULL", "2001", POSSIBLE),
            new Member(IND, "OBSERVER", "2017", POSSIBLE),
            new Member(RUS, "FULL", "2001", POSSIBLE));
  }

  @Test
  void summitsDocumentsAndBodiesAreListedInDateOrder() {
    Fact astana =
        fact(
            SUMMIT_HELD,
            "2017-06-09",
            "CHN IND",
            "organization",
            "SCO",
            "title",
            "Astana summit",
            "place",
            "Astana");
    Fact qingdao = fact(SUMMIT_HELD, "2018-06", "", "organization", "SCO", "place", "Qingdao");
    Fact charter =
        fact(DOCUMENT_ADOPTED, "2002-06-07", "CHN RUS", "organization", "SCO", "title", "上海合作組織憲章");
    Fact rats = fact(BODY_ESTABLISHED, "2004", "", "organization", "SCO", "body", "RATS");
    Fact bank = fact(BODY_ESTABLISHED, "2003", "", "organization", "SCO", "body", "Council");

    OrganizationView view = fold(LocalDate.of(2018, 6, 20), qingdao, rats, astana, charter, bank);

    assertThat(view.summits())
        .containsExactly(
            new Event(astana.id(), "2017-06-09", CERTAIN, "Astana summit"),
            new Event(qingdao.id(), "2018-06", POSSIBLE, "Qingdao"));
    assertThat(view.documents())
        .containsExactly(new Event(charter.id(), "2002-06-07", CERTAIN, "上海合作組織憲章"));
    assertThat(view.bodies())
        .containsExactly(
            new Event(bank.id(), "2003", CERTAIN, "Council"),
            new Event(rats.id(), "2004", CERTAIN, "RATS"));
    assertThat(view.basis()).containsExactlyElementsOf(ids(charter, bank, rats, astana, qingdao));
  }

  @Test
  void onlyTheOrganisationsOwnDevelopmentsUpToTheDayCount() {
    Fact founded = founded("2001", "CHN RUS");
    List<Fact> facts =
        List.of(
            founded,
            fact(ORGANIZATION_FOUNDED, "2002", "CHN IND", "organization", "BRICS"),
            fact(MEMBERSHIP_CHANGED, "2003", "IND", "organization", "BRICS", "status", "FULL"),
            fact(SUMMIT_HELD, "2004", "", "organization", "BRICS", "place", "Ufa"),
            membership("2031", "IND", "FULL"));

    OrganizationView view = Organizations.fold(SCO, facts, LONG_AFTER);

    assertThat(view.members()).extracting(Member::actor).containsExactly(CHN, RUS);
    assertThat(view.summits()).isEmpty();
    assertThat(view.basis()).containsExactly(founded.id());
  }

  @ParameterizedTest(name = "[{index}] founded {0}, asked {1}: {2}")
  @CsvSource({
    "2001-06,    2001-06-14, POSSIBLE",
    "2001-06,    2001-06-30, CERTAIN",
    "2001,       2001-12-30, POSSIBLE",
    "2001-06-15, 2001-06-15, CERTAIN",
    "2001-06-15, 2001-06-14, -"
  })
  void theFoundingAndItsMembersAreOnlyPossibleWithinItsDate(
      String date, LocalDate asOf, String certainty) {
    OrganizationView view = fold(asOf, founded(date, "CHN RUS"));

    if (certainty.equals("-")) {
      assertThat(view.founded()).isNull();
      assertThat(view.members()).isEmpty();
    } else {
      Certainty expected = Certainty.valueOf(certainty);
      assertThat(view.founded().certainty()).isEqualTo(expected);
      assertThat(view.members()).extracting(Member::certainty).containsOnly(expected);
    }
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
        seed, r -> history(r), (facts, asOf) -> Organizations.fold(SCO, facts, asOf));
  }

  /** Whatever is dated wholly after the day has no say in the answer. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void developmentsDatedAfterTheDayDoNotChangeTheAnswer(long seed) {
    RandomHistories.assertLaterDevelopmentsDoNotMatter(
        seed, r -> history(r), (facts, asOf) -> Organizations.fold(SCO, facts, asOf));
  }

  /** Foundings, membership changes, dissolutions, summits, documents and bodies. */
  private static List<Fact> history(Random random) {
    int size = random.nextInt(14);
    List<Fact> facts = new ArrayList<>();
    for (String date : RandomHistories.distinctDates(random, size, 2000, 2010)) {
      String organization = oneOf(random, "SCO", "SCO", "SCO", "BRICS");
      String actors = oneOf(random, "CHN", "RUS", "IND", "CHN RUS", "IND PAK");
      facts.add(
          switch (random.nextInt(6)) {
            case 0 -> fact(ORGANIZATION_FOUNDED, date, actors, "organization", organization);
            case 1, 2 ->
                fact(
                    MEMBERSHIP_CHANGED,
                    date,
                    actors,
                    "organization",
                    organization,
                    "status",
                    oneOf(
                        random,
                        "FULL",
                        "ASSOCIATE",
                        "OBSERVER",
                        "DIALOGUE_PARTNER",
                        "NONE",
                        "UNKNOWN"));
            case 3 -> fact(ORGANIZATION_DISSOLVED, date, "", "organization", organization);
            case 4 -> fact(SUMMIT_HELD, date, actors, "organization", organization, "place", date);
            default ->
                fact(
                    oneOf(random, DOCUMENT_ADOPTED, BODY_ESTABLISHED),
                    date,
                    "",
                    "organization",
                    organization,
                    "title",
                    "t",
                    "body",
                    "b");
          });
    }
    return facts;
  }

  private static OrganizationView fold(LocalDate asOf, Fact... facts) {
    return Organizations.fold(SCO, List.of(facts), asOf);
  }

  private static Fact founded(String date, String founders) {
    return fact(ORGANIZATION_FOUNDED, date, founders, "organization", "SCO");
  }

  private static Fact membership(String date, String actors, String status) {
    return fact(MEMBERSHIP_CHANGED, date, actors, "organization", "SCO", "status", status);
  }
}
