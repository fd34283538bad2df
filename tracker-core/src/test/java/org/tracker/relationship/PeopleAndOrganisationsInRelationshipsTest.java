package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.MEETING;
import static org.tracker.development.api.DevelopmentType.MEMBERSHIP_CHANGED;
import static org.tracker.development.api.DevelopmentType.ORGANIZATION_FOUNDED;
import static org.tracker.development.api.DevelopmentType.ROLE_ASSUMED;
import static org.tracker.development.api.DevelopmentType.STATEMENT;
import static org.tracker.development.api.DevelopmentType.VISIT;
import static org.tracker.testing.FactFixtures.fact;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.Ladder;
import org.tracker.fact.api.Fact;
import org.tracker.organization.api.OrganizationView.LastKnown;
import org.tracker.organization.api.OrganizationView.Member;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.ListRelationships;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.relationship.api.RelationshipView.SharedMembership;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.Certainty;
import org.tracker.testing.InMemoryFacts;

/**
 * Relationships in a world of people and organisations: a person's visits count for the state the
 * person holds a role for, only states are an actor's partners unless asked, and two actors show
 * the organisations both belong to.
 */
class PeopleAndOrganisationsInRelationshipsTest {

  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode TKM = ActorCode.of("TKM");
  private static final ActorCode KAZ = ActorCode.of("KAZ");
  private static final ActorCode SCO = ActorCode.of("SCO");
  private static final ActorCode WANG = ActorCode.of("WANG-YI");
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static final Map<ActorCode, ActorKind> KINDS =
      Map.of(
          CHN,
          ActorKind.STATE,
          TKM,
          ActorKind.STATE,
          KAZ,
          ActorKind.STATE,
          SCO,
          ActorKind.ORGANIZATION,
          WANG,
          ActorKind.PERSON,
          ActorCode.of("XI-JINPING"),
          ActorKind.PERSON,
          ActorCode.of("BERDYMUKHAMEDOV"),
          ActorKind.PERSON);

  private final Fact foreignMinister =
      fact(ROLE_ASSUMED, "2013-03", "WANG-YI", "for", "CHN", "role", "FOREIGN_MINISTER");
  private final Fact beforeTheRole = fact(VISIT, "2012", "WANG-YI TKM");
  private final Fact wangInAshgabat = fact(VISIT, "2014-05-02", "WANG-YI TKM");
  private final Fact wangOnKazakhstan = fact(STATEMENT, "2015", "WANG-YI KAZ");
  private final Fact presidents =
      fact(ROLE_ASSUMED, "2013-03", "XI-JINPING", "for", "CHN", "role", "HEAD_OF_STATE");
  private final Fact turkmenPresident =
      fact(ROLE_ASSUMED, "2007", "BERDYMUKHAMEDOV", "for", "TKM", "role", "HEAD_OF_STATE");
  private final Fact leadersMeet = fact(MEETING, "2016-06", "XI-JINPING BERDYMUKHAMEDOV");
  private final Fact scoSummitTalk = fact(STATEMENT, "2013-09", "CHN SCO");
  private final Fact scoFounded =
      fact(ORGANIZATION_FOUNDED, "2001", "CHN KAZ", "organization", "SCO");
  private final Fact kazakhUnknown =
      fact(MEMBERSHIP_CHANGED, "2018", "KAZ", "organization", "SCO", "status", "UNKNOWN");

  private final RelationshipQueries queries =
      new RelationshipQueries(
          new InMemoryFacts(
              List.of(
                  foreignMinister,
                  beforeTheRole,
                  wangInAshgabat,
                  wangOnKazakhstan,
                  presidents,
                  turkmenPresident,
                  leadersMeet,
                  scoSummitTalk,
                  scoFounded,
                  kazakhUnknown)),
          Ladder::defaults,
          actors -> {
            Map<ActorCode, ActorKind> known = new HashMap<>();
            actors.forEach(a -> known.computeIfAbsent(a, KINDS::get));
            known.values().removeIf(java.util.Objects::isNull);
            return known;
          });

  @Test
  void thePeopleHoldingRolesForTwoStatesMakeTheirContactsWhileTheRolesHold() {
    RelationshipView view = find(CHN, TKM);

    assertThat(view.counts()).containsExactly(Map.entry("MEETING", 1), Map.entry("VISIT", 1));
    assertThat(view.lastContact().developmentId()).isEqualTo(leadersMeet.id());
    assertThat(view.basis()).contains(leadersMeet.id()).doesNotContain(beforeTheRole.id());
    assertThat(find(CHN, TKM, LocalDate.of(2015, 1, 1)).lastContact().developmentId())
        .isEqualTo(wangInAshgabat.id());
  }

  @Test
  void aPersonIsNotAPartnerOfTheStateHeStandsFor() {
    RelationshipView chinaAndWang = find(CHN, WANG);

    assertThat(chinaAndWang.counts()).isEmpty();
    assertThat(chinaAndWang.lastContact()).isNull();
  }

  @Test
  void anActorsPartnersAreStatesUnlessOtherKindsAreAskedFor() {
    assertThat(partners(list(CHN, EnumSet.of(ActorKind.STATE)))).containsExactly("KAZ", "TKM");
    assertThat(partners(list(CHN, EnumSet.allOf(ActorKind.class))))
        .containsExactly("BERDYMUKHAMEDOV", "KAZ", "SCO", "TKM");
    assertThat(partners(list(CHN, EnumSet.of(ActorKind.ORGANIZATION)))).containsExactly("SCO");
    assertThat(partners(list(WANG, EnumSet.allOf(ActorKind.class))))
        .as("what he did as foreign minister is China's: China is not his partner in it")
        .containsExactly("KAZ", "TKM");
  }

  @Test
  void eachListedRelationshipIsTheSameAsFindingItAlone() {
    for (RelationshipView listed : list(CHN, EnumSet.allOf(ActorKind.class)).relationships()) {
      RelationshipView alone = find(listed.actors().get(0), listed.actors().get(1));
      assertThat(listed.counts()).as(listed.actors().toString()).isEqualTo(alone.counts());
      assertThat(listed.lastContact())
          .as(listed.actors().toString())
          .isEqualTo(alone.lastContact());
      assertThat(listed.sharedMemberships()).isEqualTo(alone.sharedMemberships());
      assertThat(listed.basis()).containsExactlyInAnyOrderElementsOf(alone.basis());
    }
  }

  @Test
  void twoActorsShowTheOrganisationsBothAreMembersOfWithEachOnesStatus() {
    RelationshipView before = find(CHN, KAZ, LocalDate.of(2017, 1, 1));
    RelationshipView after = find(KAZ, CHN);

    assertThat(before.sharedMemberships())
        .containsExactly(
            new SharedMembership(
                SCO,
                List.of(
                    new Member(CHN, "FULL", "2001", Certainty.CERTAIN),
                    new Member(KAZ, "FULL", "2001", Certainty.CERTAIN))));
    assertThat(after.sharedMemberships().get(0).members().get(1))
        .isEqualTo(
            new Member(
                KAZ,
                "UNKNOWN",
                "2018",
                Certainty.CERTAIN,
                new LastKnown("FULL", "2001", Certainty.CERTAIN)));
    assertThat(after.basis()).contains(scoFounded.id(), kazakhUnknown.id());
    assertThat(find(CHN, TKM).sharedMemberships()).isEmpty();
  }

  private RelationshipView find(ActorCode a, ActorCode b) {
    return find(a, b, DAY);
  }

  private RelationshipView find(ActorCode a, ActorCode b, LocalDate asOf) {
    return queries.handle(new FindRelationship(Dyad.of(a, b), asOf, null));
  }

  private org.tracker.relationship.api.RelationshipList list(
      ActorCode actor, Set<ActorKind> kinds) {
    return queries.handle(new ListRelationships(actor, DAY, null, kinds));
  }

  private static List<String> partners(org.tracker.relationship.api.RelationshipList list) {
    return list.relationships().stream()
        .map(
            r -> r.actors().stream().filter(a -> !a.equals(list.actor())).findFirst().orElseThrow())
        .map(ActorCode::code)
        .toList();
  }
}
