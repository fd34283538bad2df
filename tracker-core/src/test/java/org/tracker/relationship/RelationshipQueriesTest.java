package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_ENTERED_INTO_FORCE;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_JOINED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_PARTY_WITHDREW;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_SIGNED;
import static org.tracker.development.api.DevelopmentType.MEETING;
import static org.tracker.development.api.DevelopmentType.PARTNERSHIP_ESTABLISHED;
import static org.tracker.development.api.DevelopmentType.VISIT;
import static org.tracker.testing.FactFixtures.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracker.fact.api.Fact;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.ListRelationships;
import org.tracker.relationship.api.RelationshipList;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.relationship.api.RelationshipView.AgreementInForce;
import org.tracker.shared.ActorCode;
import org.tracker.testing.InMemoryFacts;

class RelationshipQueriesTest {

  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode TKM = ActorCode.of("TKM");
  private static final ActorCode KAZ = ActorCode.of("KAZ");
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private final Fact partnership =
      fact(
          PARTNERSHIP_ESTABLISHED,
          "2013-09",
          "TKM CHN",
          "level",
          "STRATEGIC_PARTNERSHIP",
          "label",
          "戰略夥伴關係");
  private final Fact visitToRussia = fact(VISIT, "2014", "CHN RUS");
  private final Fact summitMeeting = fact(MEETING, "2015-06", "KAZ CHN UZB");
  private final Fact laterVisit = fact(VISIT, "2021", "CHN PAK");
  private final Fact signed =
      fact(AGREEMENT_SIGNED, "2007", "CHN TKM UZB", "agreementId", "a-gas", "title", "Gas");
  private final Fact inForce =
      fact(AGREEMENT_ENTERED_INTO_FORCE, "2008", "", "agreementId", "a-gas");
  private final Fact kazakhstanJoined =
      fact(AGREEMENT_JOINED, "2012", "KAZ", "agreementId", "a-gas");
  private final Fact tajikistanJoined =
      fact(AGREEMENT_JOINED, "2012", "TJK", "agreementId", "a-gas");
  private final Fact tajikistanWithdrew =
      fact(AGREEMENT_PARTY_WITHDREW, "2016", "TJK", "agreementId", "a-gas");

  private final RelationshipQueries queries =
      new RelationshipQueries(
          new InMemoryFacts(
              List.of(
                  partnership,
                  visitToRussia,
                  summitMeeting,
                  laterVisit,
                  signed,
                  inForce,
                  kazakhstanJoined,
                  tajikistanJoined,
                  tajikistanWithdrew)));

  @Test
  void findingARelationshipFoldsWhatTheTwoDidTogetherAndTheAgreementsItNames() {
    Instant knownAt = Instant.parse("2026-01-01T00:00:00Z");

    RelationshipView view = queries.handle(new FindRelationship(Dyad.of(TKM, CHN), DAY, knownAt));

    assertThat(view.actors()).containsExactly(CHN, TKM);
    assertThat(view.knownAt()).isEqualTo(knownAt);
    assertThat(String.valueOf(view.partnership().level())).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(view.agreementsInForce()).extracting(AgreementInForce::id).containsExactly("a-gas");
    assertThat(view.counts())
        .containsExactly(Map.entry("AGREEMENT_SIGNED", 1), Map.entry("PARTNERSHIP_ESTABLISHED", 1));
    assertThat(view.basis()).containsExactly(partnership.id(), signed.id(), inForce.id());
  }

  @Test
  void listingAnActorsRelationshipsGivesOnePerCounterpartUpToTheDayInCodeOrder() {
    RelationshipList list = queries.handle(new ListRelationships(CHN, DAY, null));

    assertThat(list.actor()).isEqualTo(CHN);
    assertThat(list.asOf()).isEqualTo(DAY);
    assertThat(list.relationships())
        .extracting(r -> r.actors().toString())
        .containsExactly("[CHN, KAZ]", "[CHN, RUS]", "[CHN, TKM]", "[CHN, UZB]");
  }

  @Test
  void aPartyThatJoinedLaterIsBoundToThoseAlreadyInThoughNoDevelopmentNamesThemTogether() {
    RelationshipView view = queries.handle(new FindRelationship(Dyad.of(KAZ, TKM), DAY, null));

    assertThat(view.agreementsInForce()).extracting(AgreementInForce::id).containsExactly("a-gas");
    assertThat(view.basis())
        .containsExactlyInAnyOrder(signed.id(), inForce.id(), kazakhstanJoined.id());
    assertThat(
            queries
                .handle(new FindRelationship(Dyad.of(KAZ, TKM), LocalDate.of(2011, 1, 1), null))
                .agreementsInForce())
        .isEmpty();
  }

  @Test
  void aCounterpartSharingOnlyAnAgreementInForceIsListedAndOneThatWithdrewIsNot() {
    RelationshipList list = queries.handle(new ListRelationships(TKM, DAY, null));

    assertThat(list.relationships())
        .extracting(r -> r.actors().toString())
        .containsExactly("[CHN, TKM]", "[KAZ, TKM]", "[TKM, UZB]");
    assertThat(list.relationships().get(1).agreementsInForce())
        .extracting(AgreementInForce::id)
        .containsExactly("a-gas");
    assertThat(
            queries
                .handle(new ListRelationships(TKM, LocalDate.of(2014, 1, 1), null))
                .relationships())
        .extracting(r -> r.actors().toString())
        .containsExactly("[CHN, TKM]", "[KAZ, TKM]", "[TJK, TKM]", "[TKM, UZB]");
  }

  @Test
  void eachListedRelationshipIsTheSameAsFindingItAlone() {
    RelationshipList list = queries.handle(new ListRelationships(CHN, DAY, null));

    for (RelationshipView listed : list.relationships()) {
      Dyad dyad = Dyad.of(listed.actors().get(0), listed.actors().get(1));
      RelationshipView alone = queries.handle(new FindRelationship(dyad, DAY, null));
      assertThat(listed.partnership()).isEqualTo(alone.partnership());
      assertThat(listed.agreementsInForce()).isEqualTo(alone.agreementsInForce());
      assertThat(listed.agreementsPending()).isEqualTo(alone.agreementsPending());
      assertThat(listed.lastContact()).isEqualTo(alone.lastContact());
      assertThat(listed.counts()).isEqualTo(alone.counts());
    }
    assertThat(list.relationships())
        .filteredOn(r -> r.actors().contains(ActorCode.of("UZB")))
        .singleElement()
        .satisfies(
            uzbekistan -> {
              assertThat(uzbekistan.agreementsInForce())
                  .extracting(AgreementInForce::id)
                  .containsExactly("a-gas");
              assertThat(uzbekistan.lastContact().developmentId()).isEqualTo(summitMeeting.id());
            });
  }
}
