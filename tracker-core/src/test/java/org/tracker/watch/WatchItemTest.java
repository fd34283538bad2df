package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchRule;
import org.tracker.watch.api.WatchTransitionRefused;

class WatchItemTest {

  private final WatchItemId id = WatchItemId.of("watch-sco-bank");
  private final DevelopmentId development = new DevelopmentId(UUID.randomUUID());
  private final WatchRule rule =
      new WatchRule(
          List.of(DevelopmentType.PROPOSAL_REALISED), List.of(), List.of("sco-bank"), Map.of());
  private final WatchItemOpened opened =
      new WatchItemOpened(
          id,
          new WatchItemContent(
              new LocalizedText("Is the bank set up?", null),
              List.of("SCO", "sco-bank"),
              new LocalizedText("It is", null),
              rule,
              PartialDate.parse("2014-12"),
              List.of()),
          PartialDate.parse("2013-09"));
  private final PartialDate seen = PartialDate.parse("2014-03");
  private final PartialDate later = PartialDate.parse("2015");
  private AggregateTestFixture<WatchItem> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(WatchItem.class);
  }

  @Test
  void evidenceIsLinkedOnceAndWithdrawnOnce() {
    fixture
        .given(opened)
        .when(new LinkEvidence(id, development, true, null, seen))
        .expectEvents(new EvidenceLinked(id, development, true, null, seen));
    fixture
        .given(opened, new EvidenceLinked(id, development, true, null, seen))
        .when(new LinkEvidence(id, development, true, null, seen))
        .expectNoEvents();
    fixture.given(opened).when(new WithdrawEvidence(id, development, "retracted")).expectNoEvents();
  }

  @Test
  void onlyAWatchedItemIsResolvedOrDroppedAndOnlyAClosedOneReopened() {
    fixture
        .given(opened, new EvidenceLinked(id, development, true, null, seen))
        .when(
            new ResolveWatchItem(id, WatchOutcome.HAPPENED, "the bank exists", later, development))
        .expectEvents(
            new WatchItemResolved(
                id, WatchOutcome.HAPPENED, "the bank exists", later, development));
    fixture
        .given(opened, new WatchItemResolved(id, WatchOutcome.HAPPENED, "done", later, null))
        .when(new DropWatchItem(id, "never mind", later))
        .expectException(WatchTransitionRefused.class)
        .expectExceptionMessage(
            org.hamcrest.Matchers.containsString("is RESOLVED; it cannot be dropped"));
    fixture
        .given(opened)
        .when(new ReopenWatchItem(id, "again", later))
        .expectException(WatchTransitionRefused.class);
    fixture
        .given(opened, new WatchItemDropped(id, "stale", later))
        .when(new ReopenWatchItem(id, "news", later))
        .expectEvents(new WatchItemReopened(id, "news", later));
  }

  @Test
  void aRuleDoesNotLinkToAClosedItemButAnAnalystIsToldWhy() {
    fixture
        .given(opened, new WatchItemDropped(id, "stale", later))
        .when(new LinkEvidence(id, development, true, null, seen))
        .expectNoEvents();
    fixture
        .given(opened, new WatchItemDropped(id, "stale", later))
        .when(new LinkEvidence(id, development, false, "look", seen))
        .expectException(WatchTransitionRefused.class);
    fixture
        .given(opened, new EvidenceLinked(id, development, true, null, seen))
        .when(new WithdrawEvidence(id, development, "retracted"))
        .expectEvents(new EvidenceWithdrawn(id, development, "retracted"));
  }

  @Test
  void rulesMatchTypeActorsSubjectsAndAttributeValuesIncludingListMembers() {
    WatchRule finance =
        new WatchRule(
            List.of(DevelopmentType.AGREEMENT_SIGNED),
            List.of(ActorCode.of("CHN")),
            List.of(),
            Map.of("obligations", "FINANCE"));
    assertThat(WatchRules.matches(finance, signed(List.of("FINANCE", "TRADE"), "CHN", "KAZ")))
        .isTrue();
    assertThat(WatchRules.matches(finance, signed(List.of("TRADE"), "CHN", "KAZ"))).isFalse();
    assertThat(WatchRules.matches(finance, signed(List.of("FINANCE"), "RUS", "KAZ"))).isFalse();

    WatchRule quantity =
        new WatchRule(
            List.of(), List.of(), List.of("line-d"), Map.of("value", new BigDecimal("30")));
    assertThat(WatchRules.matches(quantity, reported("line-d", 30))).isTrue();
    assertThat(WatchRules.matches(quantity, reported("line-d", 31))).isFalse();
    assertThat(WatchRules.matches(quantity, reported("line-c", 30))).isFalse();
    assertThat(WatchRules.matches(rule, reported("sco-bank", 1))).isFalse(); // wrong type
  }

  private static DevelopmentContent signed(List<String> obligations, String... actors) {
    return new DevelopmentContent(
        DevelopmentType.AGREEMENT_SIGNED,
        PartialDate.parse("2014"),
        List.of(actors).stream().map(ActorCode::of).toList(),
        Map.of("agreementId", "agr", "title", "協定", "obligations", obligations),
        new LocalizedText("signed", null),
        List.of());
  }

  private static DevelopmentContent reported(String project, int value) {
    return new DevelopmentContent(
        DevelopmentType.PROJECT_QUANTITY_REPORTED,
        PartialDate.parse("2015"),
        List.of(),
        Map.of("projectId", project, "quantity", "capacity", "value", value, "unit", "bcm"),
        new LocalizedText("reported", null),
        List.of());
  }
}
