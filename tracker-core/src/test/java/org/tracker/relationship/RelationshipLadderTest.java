package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.Rung;
import org.tracker.fact.api.Fact;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/** The relationship fold compares partnership levels by their rank on the ladder it is given. */
class RelationshipLadderTest {

  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode KAZ = ActorCode.of("KAZ");
  private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

  /** The defaults with CLOSE_PARTNERSHIP between STRATEGIC (20) and COMPREHENSIVE (30). */
  private static final Ladder LADDER =
      Ladder.defaults()
          .with(
              List.of(
                  new Rung(
                      "CLOSE_PARTNERSHIP",
                      25,
                      LocalizedText.of(
                          Map.of(
                              "en", "close partnership",
                              "zh-Hant", "緊密夥伴關係",
                              "zh-Hans", "紧密伙伴关系")))));

  private final List<Fact> facts = new ArrayList<>();

  private void partnership(DevelopmentType type, String level, String date) {
    DevelopmentContent content =
        new DevelopmentContent(
            type,
            PartialDate.parse(date),
            List.of(CHN, KAZ),
            Map.of("level", level, "label", "夥伴關係 " + level),
            new LocalizedText(level, null),
            List.of());
    facts.add(
        new Fact(
            new DevelopmentId(UUID.randomUUID()), 1, content, Instant.EPOCH, facts.size() + 1L));
  }

  private RelationshipView fold() {
    return Relationships.fold(LADDER, Dyad.of(CHN, KAZ), facts, Map.of(), LATER, null);
  }

  @ParameterizedTest(name = "{0} to {1} after {2}: anomaly {3}")
  @CsvSource({
    "PARTNERSHIP_UPGRADED, CLOSE_PARTNERSHIP, STRATEGIC_PARTNERSHIP, false",
    "PARTNERSHIP_UPGRADED, COMPREHENSIVE_STRATEGIC_PARTNERSHIP, CLOSE_PARTNERSHIP, false",
    "PARTNERSHIP_UPGRADED, CLOSE_PARTNERSHIP, COMPREHENSIVE_STRATEGIC_PARTNERSHIP, true",
    "PARTNERSHIP_UPGRADED, STRATEGIC_PARTNERSHIP, CLOSE_PARTNERSHIP, true",
    "PARTNERSHIP_DOWNGRADED, CLOSE_PARTNERSHIP, COMPREHENSIVE_STRATEGIC_PARTNERSHIP, false",
    "PARTNERSHIP_DOWNGRADED, STRATEGIC_PARTNERSHIP, CLOSE_PARTNERSHIP, false",
    "PARTNERSHIP_DOWNGRADED, CLOSE_PARTNERSHIP, STRATEGIC_PARTNERSHIP, true"
  })
  void aMoveIsJudgedByTheRanksOfTheRungsOnEitherSide(
      DevelopmentType move, String to, String from, boolean anomaly) {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, from, "2010");
    partnership(move, to, "2014");

    RelationshipView view = fold();

    assertThat(view.partnership().level()).isEqualTo(to);
    assertThat(view.anomalies()).hasSize(anomaly ? 1 : 0);
  }

  @Test
  void aPartnershipAtARegisteredRungAnswersItsCodeAndNames() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "CLOSE_PARTNERSHIP", "2013-09");

    RelationshipView view = fold();

    assertThat(view.partnership().level()).isEqualTo("CLOSE_PARTNERSHIP");
    assertThat(view.partnership().levelName().in("zh-Hans")).isEqualTo("紧密伙伴关系");
    assertThat(view.partnership().label()).isEqualTo("夥伴關係 CLOSE_PARTNERSHIP");
  }

  @Test
  void anUpgradeToALowerRungIsShownAsADowngrade() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "CLOSE_PARTNERSHIP", "2010");
    partnership(DevelopmentType.PARTNERSHIP_UPGRADED, "PARTNERSHIP", "2012");

    RelationshipView view = fold();

    assertThat(view.anomalies())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo("DOWNGRADE");
              assertThat(a.message())
                  .isEqualTo(
                      "a downgrade to PARTNERSHIP from CLOSE_PARTNERSHIP, recorded as an upgrade");
            });
    assertThat(view.partnership().direction()).isEqualTo("DOWN");
  }

  @Test
  void anEstablishmentAtALowerRungIsShownAsADowngrade() {
    partnership(
        DevelopmentType.PARTNERSHIP_ESTABLISHED, "COMPREHENSIVE_STRATEGIC_PARTNERSHIP", "2010");
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "STRATEGIC_PARTNERSHIP", "2012");

    RelationshipView view = fold();

    assertThat(view.anomalies())
        .extracting(a -> a.kind() + ": " + a.message())
        .containsExactly(
            "DOWNGRADE: a downgrade to STRATEGIC_PARTNERSHIP from"
                + " COMPREHENSIVE_STRATEGIC_PARTNERSHIP, recorded as an establishment");
    assertThat(view.partnership().direction()).isEqualTo("DOWN");
  }

  @Test
  void theDirectionSaysWhichWayTheLastChangeOfLevelWent() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "STRATEGIC_PARTNERSHIP", "2010");
    RelationshipView established = fold();
    partnership(DevelopmentType.PARTNERSHIP_UPGRADED, "CLOSE_PARTNERSHIP", "2012");
    RelationshipView upgraded = fold();
    partnership(DevelopmentType.PARTNERSHIP_DOWNGRADED, "STRATEGIC_PARTNERSHIP", "2014");
    RelationshipView downgraded = fold();

    assertThat(established.partnership().direction()).isNull();
    assertThat(upgraded.partnership().direction()).isEqualTo("UP");
    assertThat(downgraded.partnership().direction()).isEqualTo("DOWN");
    assertThat(downgraded.anomalies()).isEmpty();
  }

  @Test
  void aReaffirmationKeepsTheDateTheLevelWasFirstReachedAndIsListed() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "STRATEGIC_PARTNERSHIP", "2005");
    partnership(DevelopmentType.PARTNERSHIP_UPGRADED, "CLOSE_PARTNERSHIP", "2013-09");
    partnership(DevelopmentType.PARTNERSHIP_REAFFIRMED, "CLOSE_PARTNERSHIP", "2019-06");
    partnership(DevelopmentType.PARTNERSHIP_REAFFIRMED, "CLOSE_PARTNERSHIP", "2017");

    RelationshipView view = fold();

    assertThat(view.partnership().level()).isEqualTo("CLOSE_PARTNERSHIP");
    assertThat(view.partnership().since()).isEqualTo("2013-09");
    assertThat(view.partnership().reaffirmed())
        .extracting(r -> r.date() + " " + r.level() + " " + r.certainty())
        .containsExactly("2017 CLOSE_PARTNERSHIP CERTAIN", "2019-06 CLOSE_PARTNERSHIP CERTAIN");
    assertThat(view.partnership().reaffirmed().get(1).developmentId()).isEqualTo(facts.get(2).id());
    assertThat(view.basis()).contains(facts.get(2).id(), facts.get(3).id());
    assertThat(view.anomalies()).isEmpty();
    assertThat(view.counts()).containsEntry("PARTNERSHIP_REAFFIRMED", 2);
  }

  @Test
  void aChangeOfLevelStartsTheListOfReaffirmationsAfresh() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "STRATEGIC_PARTNERSHIP", "2005");
    partnership(DevelopmentType.PARTNERSHIP_REAFFIRMED, "STRATEGIC_PARTNERSHIP", "2009");
    partnership(DevelopmentType.PARTNERSHIP_UPGRADED, "CLOSE_PARTNERSHIP", "2013");

    assertThat(fold().partnership().reaffirmed()).isEmpty();
    assertThat(fold().partnership().since()).isEqualTo("2013");
  }

  @Test
  void aReaffirmationAtAnotherLevelThanThePartnershipsIsAnAnomalyAndMovesNothing() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "STRATEGIC_PARTNERSHIP", "2005");
    partnership(DevelopmentType.PARTNERSHIP_REAFFIRMED, "CLOSE_PARTNERSHIP", "2019");

    RelationshipView view = fold();

    assertThat(view.partnership().level()).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(view.partnership().since()).isEqualTo("2005");
    assertThat(view.anomalies())
        .extracting(a -> a.kind() + ": " + a.message())
        .containsExactly(
            "REAFFIRMATION_LEVEL: a reaffirmation of CLOSE_PARTNERSHIP while the partnership is at"
                + " STRATEGIC_PARTNERSHIP");
  }

  @Test
  void aReaffirmationWithoutAPartnershipIsAnAnomalyAndEstablishesNothing() {
    partnership(DevelopmentType.PARTNERSHIP_REAFFIRMED, "STRATEGIC_PARTNERSHIP", "2019");

    RelationshipView view = fold();

    assertThat(view.partnership()).isNull();
    assertThat(view.anomalies()).extracting(a -> a.kind()).containsExactly("REAFFIRMATION_LEVEL");
  }

  @Test
  void aDowngradeToNoneEndsThePartnership() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "CLOSE_PARTNERSHIP", "2010");
    partnership(DevelopmentType.PARTNERSHIP_DOWNGRADED, "NONE", "2012");

    RelationshipView view = fold();

    assertThat(view.partnership()).isNull();
    assertThat(view.anomalies()).isEmpty();
  }

  @Test
  void onTheDefaultLadderARegisteredLevelIsNotKnown() {
    partnership(DevelopmentType.PARTNERSHIP_ESTABLISHED, "CLOSE_PARTNERSHIP", "2010");

    assertThatThrownBy(() -> Relationships.fold(Dyad.of(CHN, KAZ), facts, Map.of(), LATER, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLOSE_PARTNERSHIP");
  }
}
