package org.tracker.fact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.CLAIM_PREFERRED;
import static org.tracker.development.api.DevelopmentType.PARTNERSHIP_ESTABLISHED;
import static org.tracker.development.api.DevelopmentType.PARTNERSHIP_UPGRADED;
import static org.tracker.development.api.DevelopmentType.PROJECT_MILESTONE;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_ENDORSED;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_MADE;
import static org.tracker.development.api.DevelopmentType.VISIT;
import static org.tracker.testing.FactFixtures.fact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.fact.api.Dispute.Basis;

class ClaimsTest {

  private final List<Fact> choices = new ArrayList<>();
  private final Map<String, String> reliabilities =
      Map.of("official", "A", "wire", "B", "blog", "E", "unknown", "F");

  private final Claims.Evidence evidence =
      new Claims.Evidence() {
        @Override
        public List<Fact> choices(Collection<String> developmentIds, Instant knownAt) {
          return choices.stream()
              .filter(c -> developmentIds.contains(c.content().text("preferred")))
              .toList();
        }

        @Override
        public Map<String, String> reliabilities(Collection<String> documentIds) {
          return reliabilities;
        }
      };

  @Test
  void twoDatesForOneProposalMadeGiveOnePreferredClaimAndOneDisputedTheMoreRecentPreferred() {
    Fact summit = made("2013-09", null);
    Fact astana = made("2013-09-07", "Astana");

    Claims.Judged judged = judge(summit, astana);

    assertThat(judged.standing()).containsExactly(astana);
    assertThat(judged.disputed())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.developmentId()).isEqualTo(summit.id());
              assertThat(d.date()).isEqualTo("2013-09");
              assertThat(d.preferred()).isEqualTo(astana.id());
              assertThat(d.preferredDate()).isEqualTo("2013-09-07");
              assertThat(d.basis()).isEqualTo(Basis.MORE_RECENT);
              assertThat(d.reason()).isNull();
            });
  }

  @Test
  void theClaimWithBetterGradedSourcesIsPreferredWhicheverWasRecordedLast() {
    Fact official = cited(made("2013-09", null), "official", 2);
    Fact wire = cited(made("2013-09-07", null), "wire", 1);

    Claims.Judged judged = judge(official, wire);

    assertThat(judged.standing()).containsExactly(official);
    assertThat(judged.disputed())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.basis()).isEqualTo(Basis.BETTER_SOURCES);
              assertThat(d.grade()).isEqualTo("B1");
            });
  }

  @Test
  void aSourceKnownToBeUnreliableRanksBelowOneNobodyGraded() {
    Fact ungraded = made("2013-09", null);
    Fact unreliable = cited(made("2013-09-07", null), "blog", 5);

    assertThat(judge(ungraded, unreliable).standing()).containsExactly(ungraded);
    assertThat(judge(ungraded, cited(made("2013-09-08", null), "unknown", 6)).disputed())
        .extracting(Dispute::basis)
        .containsExactly(Basis.MORE_RECENT);
  }

  @Test
  void anAnalystsChoiceDecidesOverGradesAndTheLatestChoiceWins() {
    Fact official = cited(made("2013-09", null), "official", 1);
    Fact astana = made("2013-09-07", "Astana");
    Fact first = choose(astana, "the speech was given at Nazarbayev University");

    Claims.Judged judged = judge(official, astana);

    assertThat(judged.standing()).containsExactly(astana);
    assertThat(judged.choices()).containsExactly(first);
    assertThat(judged.disputed())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.basis()).isEqualTo(Basis.ANALYST_CHOICE);
              assertThat(d.preferredBy()).isEqualTo(first.id());
              assertThat(d.reason()).isEqualTo("the speech was given at Nazarbayev University");
            });

    Fact second = choose(official, "the article is the record we follow");
    assertThat(judge(official, astana).standing()).containsExactly(official);
    assertThat(judge(official, astana).choices()).containsExactly(second);
  }

  @Test
  void claimsThatAgreeStandTogetherAndCorroborate() {
    Fact third = made("2013-09", null);
    Fact one = made("2013-09-07", "Astana");
    Fact other = made("2013-09-07", null);

    Claims.Judged judged = judge(one, other, third);

    assertThat(judged.standing()).containsExactly(one, other);
    assertThat(judged.disputed()).extracting(Dispute::developmentId).containsExactly(third.id());
    assertThat(judge(one, other).disputed()).isEmpty();
  }

  @Test
  void twoPlacesOrTwoSetsOfProposersDisagreeThoughTheDateIsTheSame() {
    assertThat(judge(made("2013-09-07", "Astana"), made("2013-09-07", "Bishkek")).disputed())
        .hasSize(1);
    assertThat(
            judge(
                    made("2013-09-07", null),
                    fact(
                        PROPOSAL_MADE, "2013-09-07", "CHN KAZ", "proposalId", "sreb", "title", "t"))
                .disputed())
        .hasSize(1);
  }

  @Test
  void twoPlacesThatEachAgreeWithAClaimNamingNoneStillDisagreeWithEachOther() {
    Fact unplaced = made("2013-09-07", null);
    Fact astana = made("2013-09-07", "Astana");
    Fact bishkek = made("2013-09-07", "Bishkek");

    Claims.Judged judged = judge(unplaced, astana, bishkek);

    assertThat(judged.standing()).containsExactly(unplaced, bishkek);
    assertThat(judged.disputed()).extracting(Dispute::developmentId).containsExactly(astana.id());
  }

  @Test
  void twoPartnershipsEstablishedAtOneLevelOnTwoDatesCompeteButAnUpgradeDoesNot() {
    Fact one = partnership(PARTNERSHIP_ESTABLISHED, "2011-06-13", "STRATEGIC");
    Fact other = partnership(PARTNERSHIP_ESTABLISHED, "2011-06", "STRATEGIC");
    Fact upgrade = partnership(PARTNERSHIP_UPGRADED, "2019-09", "COMPREHENSIVE_STRATEGIC");
    Fact atAnotherLevel = partnership(PARTNERSHIP_ESTABLISHED, "2005-07", "PARTNERSHIP");

    Claims.Judged judged = judge(one, other, upgrade, atAnotherLevel);

    assertThat(judged.disputed()).extracting(Dispute::developmentId).containsExactly(one.id());
    assertThat(judged.standing()).containsExactly(other, upgrade, atAnotherLevel);
  }

  @Test
  void visitsEndorsementsByOthersAndPlannedMilestonesDoNotCompete() {
    assertThat(
            judge(
                    fact(VISIT, "2013-09-07", "CHN KAZ"),
                    fact(VISIT, "2013-09-10", "CHN KAZ"),
                    fact(PROPOSAL_ENDORSED, "2014", "KAZ", "proposalId", "sreb"),
                    fact(PROPOSAL_ENDORSED, "2015", "RUS", "proposalId", "sreb"),
                    milestone("PLANNED", "2013-09"),
                    milestone("PLANNED", "2014-05"))
                .disputed())
        .isEmpty();
    assertThat(judge(milestone("ACTUAL", "2009-12-14"), milestone("ACTUAL", "2009-12")).disputed())
        .hasSize(1);
  }

  private Claims.Judged judge(Fact... facts) {
    return Claims.judge(List.of(facts), evidence, null);
  }

  private static Fact made(String date, String place) {
    return place == null
        ? fact(PROPOSAL_MADE, date, "CHN", "proposalId", "sreb", "title", "絲綢之路經濟帶")
        : fact(
            PROPOSAL_MADE, date, "CHN", "proposalId", "sreb", "title", "絲綢之路經濟帶", "place", place);
  }

  private static Fact partnership(
      org.tracker.development.api.DevelopmentType type, String date, String level) {
    return fact(type, date, "CHN KAZ", "level", level, "label", "夥伴關係");
  }

  private static Fact milestone(String status, String date) {
    return status.equals("PLANNED")
        ? fact(
            PROJECT_MILESTONE,
            date,
            "",
            "projectId",
            "line-a",
            "milestone",
            "COMPLETED",
            "status",
            status,
            "expected",
            "2015")
        : fact(
            PROJECT_MILESTONE,
            date,
            "",
            "projectId",
            "line-a",
            "milestone",
            "COMPLETED",
            "status",
            status);
  }

  private Fact choose(Fact preferred, String reason) {
    Fact choice = fact(CLAIM_PREFERRED, null, "", "preferred", preferred.id(), "reason", reason);
    choices.add(choice);
    return choice;
  }

  /** The fact, cited from a document with a credibility grade. */
  private static Fact cited(Fact fact, String document, int credibility) {
    DevelopmentContent c = fact.content();
    return new Fact(
        fact.developmentId(),
        fact.version(),
        new DevelopmentContent(
            c.type(),
            c.date(),
            c.actors(),
            c.attributes(),
            c.summary(),
            List.of(new Citation(document, "p. 1", null, credibility))),
        fact.recordedAt(),
        fact.position());
  }
}
