package org.tracker.organization.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.MEMBERSHIP_CHANGED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_DISSOLVED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_FOUNDED;
import static org.tracker.development.api.DevelopmentType.SUMMIT_HELD;
import static org.tracker.testing.FactFixtures.fact;
import static org.tracker.testing.FactFixtures.ids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Fact;
import org.tracker.organization.api.OrganizationView.LastKnown;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.testing.InMemoryFacts;

class MembershipsTest {

  private static final ActorCode SCO = ActorCode.of("SCO");
  private static final ActorCode KAZ = ActorCode.of("KAZ");
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  /**
   * One actor's statuses, recorded as "date status" steps separated by commas, asked on a day: its
   * membership then, written "STATUS since DATE CERTAINTY", with "(last known STATUS since DATE)"
   * when it keeps an earlier status.
   */
  @ParameterizedTest(name = "[{index}] {0}, on {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2001 FULL                        | 2030-01-01 | FULL since 2001 CERTAIN",
        "2001 FULL, 2010 UNKNOWN          | 2030-01-01 | UNKNOWN since 2010 CERTAIN (last known FULL since 2001)",
        "2001 OBSERVER, 2005 FULL, 2010 UNKNOWN, 2012 UNKNOWN | 2030-01-01 | UNKNOWN since 2012 CERTAIN (last known FULL since 2005)",
        "2001 FULL, 2010 UNKNOWN, 2012 OBSERVER | 2030-01-01 | OBSERVER since 2012 CERTAIN",
        "2010 UNKNOWN                     | 2030-01-01 | UNKNOWN since 2010 CERTAIN",
        "2001 FULL, 2010-06 UNKNOWN       | 2010-06-15 | UNKNOWN since 2010-06 POSSIBLE (last known FULL since 2001)",
        "2001 FULL, 2010-06 UNKNOWN       | 2010-05-31 | FULL since 2001 CERTAIN",
        "2001 FULL, 2022 NONE             | 2030-01-01 | NONE since 2022 CERTAIN (last known FULL since 2001)",
        "2001 FULL, 2022 NONE             | 2022-06-30 | FULL since 2001 POSSIBLE",
        "2001 FULL, 2010 UNKNOWN, 2022 NONE | 2030-01-01 | NONE since 2022 CERTAIN (last known FULL since 2001)",
        "2001 FULL, 2022 NONE, 2024 UNKNOWN | 2030-01-01 | UNKNOWN since 2024 CERTAIN (last known NONE since 2022)",
        "2022 NONE                        | 2030-01-01 | NONE since 2022 CERTAIN"
      })
  void anUnknownOrALeavingKeepsWhatWasKnownBefore(String steps, LocalDate asOf, String expected) {
    List<Fact> facts = new ArrayList<>();
    for (String step : steps.split(",")) {
      String[] parts = step.trim().split(" ");
      facts.add(membership(parts[0], "KAZ", parts[1]));
    }

    Membership kaz = Memberships.fold(SCO, facts, asOf).get(KAZ);

    assertThat(describe(kaz)).isEqualTo(expected);
    assertThat(kaz.organization()).isEqualTo(SCO);
  }

  @Test
  void aMembershipRestsOnEveryDevelopmentThatShapedIt() {
    Fact founded = fact(ORGANIZATION_FOUNDED, "2001-06-15", "KAZ CHN", "organization", "SCO");
    Fact unknown = membership("2015", "KAZ", "UNKNOWN");
    Fact other = membership("2016", "IND", "OBSERVER");
    Fact summit = fact(SUMMIT_HELD, "2017", "KAZ", "organization", "SCO");

    Map<ActorCode, Membership> members =
        Memberships.fold(SCO, List.of(summit, other, unknown, founded), LONG_AFTER);

    assertThat(members.keySet()).extracting(ActorCode::code).containsExactly("CHN", "IND", "KAZ");
    assertThat(members.get(KAZ).basis()).containsExactlyElementsOf(ids(founded, unknown));
    assertThat(members.get(KAZ).member(KAZ))
        .isEqualTo(
            new OrganizationView.Member(
                KAZ,
                "UNKNOWN",
                "2015",
                Certainty.CERTAIN,
                new LastKnown("FULL", "2001-06-15", Certainty.CERTAIN)));
  }

  @Test
  void aDissolutionMakesEveryMemberAFormerOne() {
    Fact founded = fact(ORGANIZATION_FOUNDED, "2001", "KAZ", "organization", "SCO");
    Fact dissolved = fact(ORGANIZATION_DISSOLVED, "2020", "", "organization", "SCO");

    assertThat(describe(Memberships.fold(SCO, List.of(founded, dissolved), LONG_AFTER).get(KAZ)))
        .isEqualTo("NONE since 2020 CERTAIN (last known FULL since 2001)");
    assertThat(
            describe(
                Memberships.fold(SCO, List.of(founded, dissolved), LocalDate.of(2020, 3, 1))
                    .get(KAZ)))
        .isEqualTo("FULL since 2001 POSSIBLE");
  }

  @Test
  void twoDatesForOneMembershipChangeAreCompetingClaimsAndOnlyThePreferredOneCounts() {
    Fact early = membership("2002-10", "KAZ", "FULL", "CSTO");
    Fact later = membership("2002-10-07", "KAZ", "FULL", "CSTO");
    InMemoryFacts facts = new InMemoryFacts(List.of(early, later));

    Membership kaz =
        Memberships.of(
                facts,
                Claims.Evidence.of(facts, documents -> Map.of()),
                List.of(KAZ),
                LocalDate.of(2024, 1, 1),
                null)
            .get(ActorCode.of("CSTO"))
            .get(KAZ);

    assertThat(kaz.since()).isEqualTo("2002-10-07");
  }

  @Test
  void anActorsMembershipsAreReadForTheOrganisationsItWasNamedIn() {
    Fact sco = fact(ORGANIZATION_FOUNDED, "2001", "KAZ CHN", "organization", "SCO");
    Fact csto = membership("2002", "KAZ", "FULL", "CSTO");
    Fact cstoLater = fact(ORGANIZATION_DISSOLVED, "2025", "", "organization", "CSTO");
    Fact brics = membership("2009", "CHN", "FULL", "BRICS");
    InMemoryFacts facts = new InMemoryFacts(List.of(sco, csto, cstoLater, brics));

    Map<ActorCode, Map<ActorCode, Membership>> memberships =
        Memberships.of(
            facts,
            Claims.Evidence.of(facts, documents -> Map.of()),
            List.of(KAZ),
            LocalDate.of(2024, 1, 1),
            null);

    assertThat(memberships.keySet()).extracting(ActorCode::code).containsExactly("CSTO", "SCO");
    assertThat(memberships.get(ActorCode.of("SCO")).keySet())
        .extracting(ActorCode::code)
        .containsExactly("CHN", "KAZ");
  }

  private static Fact membership(String date, String actors, String status) {
    return membership(date, actors, status, "SCO");
  }

  private static Fact membership(String date, String actors, String status, String organization) {
    return fact(MEMBERSHIP_CHANGED, date, actors, "organization", organization, "status", status);
  }

  private static String describe(Membership m) {
    String text = m.status() + " since " + m.since() + " " + m.certainty();
    LastKnown last = m.lastKnown();
    return last == null
        ? text
        : text + " (last known " + last.status() + " since " + last.since() + ")";
  }
}
