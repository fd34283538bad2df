package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemCommand;
import org.tracker.watch.api.WatchItemCommands.DropWatchItem;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.ReopenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ResolveWatchItem;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchRule;
import org.tracker.watch.api.WatchState;
import org.tracker.watch.api.WatchStatus;
import org.tracker.watch.api.WatchTransitionRefused;

/** The watch item rule book, in memory: statuses the fold reaches, and what each step decides. */
class WatchItemRulesTest {

  private static final WatchItemId ID = WatchItemId.of("watch-sco-bank");
  private static final DevelopmentId ONE = new DevelopmentId(UUID.randomUUID());
  private static final DevelopmentId TWO = new DevelopmentId(UUID.randomUUID());
  private static final PartialDate SEPT_2013 = PartialDate.parse("2013-09");
  private static final PartialDate YEAR_2013 = PartialDate.parse("2013");
  private static final PartialDate Y2014 = PartialDate.parse("2014");
  private static final PartialDate Y2015 = PartialDate.parse("2015");
  private static final PartialDate Y2016 = PartialDate.parse("2016");
  private static final WatchItemContent CONTENT = content("Is the bank set up?");
  private static final WatchItemOpened OPENED = new WatchItemOpened(ID, CONTENT, SEPT_2013);
  private static final EvidenceLinked LINKED_ONE = new EvidenceLinked(ID, ONE, true, null, Y2014);
  private static final EvidenceLinked LINKED_TWO =
      new EvidenceLinked(ID, TWO, false, "a hint", Y2014);
  private static final EvidenceWithdrawn WITHDRAWN_ONE =
      new EvidenceWithdrawn(ID, ONE, "retracted");
  private static final WatchItemResolved RESOLVED =
      new WatchItemResolved(ID, WatchOutcome.HAPPENED, "the bank opened", Y2015, null);
  private static final WatchItemDropped DROPPED =
      new WatchItemDropped(ID, "no longer relevant", Y2015);
  private static final WatchItemReopened REOPENED = new WatchItemReopened(ID, "news", Y2016);

  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of(List.of(OPENED), WatchStatus.OPEN, 0),
        Arguments.of(List.of(OPENED, LINKED_ONE), WatchStatus.EVIDENCE_SEEN, 1),
        Arguments.of(List.of(OPENED, LINKED_ONE, LINKED_TWO), WatchStatus.EVIDENCE_SEEN, 2),
        Arguments.of(List.of(OPENED, LINKED_ONE, WITHDRAWN_ONE), WatchStatus.OPEN, 0),
        Arguments.of(
            List.of(OPENED, LINKED_ONE, LINKED_TWO, WITHDRAWN_ONE), WatchStatus.EVIDENCE_SEEN, 1),
        Arguments.of(List.of(OPENED, RESOLVED), WatchStatus.RESOLVED, 0),
        Arguments.of(List.of(OPENED, LINKED_ONE, RESOLVED), WatchStatus.RESOLVED, 1),
        Arguments.of(List.of(OPENED, LINKED_ONE, RESOLVED, WITHDRAWN_ONE), WatchStatus.RESOLVED, 0),
        Arguments.of(List.of(OPENED, DROPPED), WatchStatus.DROPPED, 0),
        Arguments.of(List.of(OPENED, DROPPED, REOPENED), WatchStatus.OPEN, 0),
        Arguments.of(List.of(OPENED, LINKED_ONE, DROPPED, REOPENED), WatchStatus.EVIDENCE_SEEN, 1),
        Arguments.of(
            List.of(OPENED, LINKED_ONE, RESOLVED, WITHDRAWN_ONE, REOPENED), WatchStatus.OPEN, 0));
  }

  @ParameterizedTest(name = "{index}: {1} with {2} standing")
  @MethodSource("histories")
  void theFoldReachesTheStatusTheEventsDescribe(
      List<WatchItemEvent> events, WatchStatus status, int standing) {
    WatchState state = WatchItemRules.fold(events);
    assertThat(state.status()).isEqualTo(status);
    assertThat(state.evidence()).hasSize(standing);
  }

  @Test
  void resolvingKeepsTheOutcomeAndReopeningClearsIt() {
    assertThat(WatchItemRules.fold(List.of(OPENED, RESOLVED)).outcome())
        .isEqualTo(WatchOutcome.HAPPENED);
    assertThat(WatchItemRules.fold(List.of(OPENED, RESOLVED, REOPENED)).outcome()).isNull();
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(
            "opening a new item",
            List.of(),
            new OpenWatchItem(ID, CONTENT, SEPT_2013, false),
            List.of(OPENED)),
        Arguments.of(
            "opening the same item again",
            List.of(OPENED),
            new OpenWatchItem(ID, CONTENT, SEPT_2013, false),
            List.of()),
        Arguments.of(
            "opening the same item again on the day it was opened",
            List.of(OPENED),
            new OpenWatchItem(ID, CONTENT, SEPT_2013, true),
            List.of()),
        Arguments.of(
            "linking evidence",
            List.of(OPENED),
            new LinkEvidence(ID, TWO, false, "a hint", Y2014),
            List.of(LINKED_TWO)),
        Arguments.of(
            "linking a blank note keeps no note",
            List.of(OPENED),
            new LinkEvidence(ID, TWO, false, "  ", Y2014),
            List.of(new EvidenceLinked(ID, TWO, false, null, Y2014))),
        Arguments.of(
            "linking the same evidence twice",
            List.of(OPENED, LINKED_ONE),
            new LinkEvidence(ID, ONE, false, null, Y2014),
            List.of()),
        Arguments.of(
            "a rule linking evidence to a resolved item",
            List.of(OPENED, RESOLVED),
            new LinkEvidence(ID, ONE, true, null, Y2014),
            List.of()),
        Arguments.of(
            "withdrawing linked evidence",
            List.of(OPENED, LINKED_ONE),
            new WithdrawEvidence(ID, ONE, "retracted"),
            List.of(WITHDRAWN_ONE)),
        Arguments.of(
            "withdrawing evidence never linked",
            List.of(OPENED),
            new WithdrawEvidence(ID, ONE, "retracted"),
            List.of()),
        Arguments.of(
            "resolving an item with evidence",
            List.of(OPENED, LINKED_ONE),
            new ResolveWatchItem(ID, WatchOutcome.HAPPENED, "the bank opened", Y2015, null),
            List.of(RESOLVED)),
        Arguments.of(
            "resolving on a day that may fall after the opening (2013 and 2013-09)",
            List.of(OPENED),
            new ResolveWatchItem(ID, WatchOutcome.HAPPENED, "the bank opened", YEAR_2013, null),
            List.of(
                new WatchItemResolved(
                    ID, WatchOutcome.HAPPENED, "the bank opened", YEAR_2013, null))),
        Arguments.of(
            "dropping an open item",
            List.of(OPENED),
            new DropWatchItem(ID, "no longer relevant", Y2015),
            List.of(DROPPED)),
        Arguments.of(
            "reopening a dropped item",
            List.of(OPENED, DROPPED),
            new ReopenWatchItem(ID, "news", Y2016),
            List.of(REOPENED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void eachStepDecidesItsEvents(
      String why,
      List<WatchItemEvent> given,
      WatchItemCommand command,
      List<WatchItemEvent> expected) {
    assertThat(WatchItemRules.decide(WatchItemRules.fold(given), command))
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "other content under an item's id",
            List.of(OPENED),
            new OpenWatchItem(ID, content("Another question?"), SEPT_2013, false),
            WatchItemIdInUse.class),
        Arguments.of(
            "the same content under an item's id, opened on another day",
            List.of(OPENED),
            new OpenWatchItem(ID, CONTENT, Y2014, true),
            WatchItemIdInUse.class),
        Arguments.of(
            "resolving on a day before the item was opened",
            List.of(OPENED),
            new ResolveWatchItem(
                ID, WatchOutcome.HAPPENED, "early", PartialDate.parse("2013-08"), null),
            InvalidWatchItem.class),
        Arguments.of(
            "reopening on a day before the item was dropped",
            List.of(OPENED, DROPPED),
            new ReopenWatchItem(ID, "news", Y2014),
            InvalidWatchItem.class),
        Arguments.of(
            "a step on an item never opened",
            List.of(),
            new DropWatchItem(ID, "x", Y2015),
            UnknownWatchItem.class),
        Arguments.of(
            "an analyst linking evidence to a dropped item",
            List.of(OPENED, DROPPED),
            new LinkEvidence(ID, ONE, false, null, Y2014),
            WatchTransitionRefused.class),
        Arguments.of(
            "resolving a resolved item",
            List.of(OPENED, RESOLVED),
            new ResolveWatchItem(ID, WatchOutcome.HAPPENED, "again", Y2015, null),
            WatchTransitionRefused.class),
        Arguments.of(
            "dropping a resolved item",
            List.of(OPENED, RESOLVED),
            new DropWatchItem(ID, "x", Y2015),
            WatchTransitionRefused.class),
        Arguments.of(
            "reopening an open item",
            List.of(OPENED),
            new ReopenWatchItem(ID, "x", Y2016),
            WatchTransitionRefused.class),
        Arguments.of(
            "resolving without a reason",
            List.of(OPENED),
            new ResolveWatchItem(ID, WatchOutcome.HAPPENED, " ", Y2015, null),
            InvalidWatchItem.class),
        Arguments.of(
            "dropping with a reason over the text limit",
            List.of(OPENED),
            new DropWatchItem(ID, "x".repeat(10_001), Y2015),
            InvalidWatchItem.class));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusals")
  void aStepTheRulesForbidIsRefused(
      String why,
      List<WatchItemEvent> given,
      WatchItemCommand command,
      Class<? extends RuntimeException> refusal) {
    WatchState state = WatchItemRules.fold(given);
    assertThatThrownBy(() -> WatchItemRules.decide(state, command)).isInstanceOf(refusal);
  }

  @Test
  void aStepDatedBeforeTheLastTransitionNamesTheDayItMustFollow() {
    WatchState state = WatchItemRules.fold(List.of(OPENED, DROPPED));

    assertThatThrownBy(() -> WatchItemRules.decide(state, new ReopenWatchItem(ID, "news", Y2014)))
        .isInstanceOfSatisfying(
            InvalidWatchItem.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("on"))
                    .satisfies(v -> assertThat(v.message()).contains("2015")));
  }

  @Test
  void theFoldKeepsTheDayOfOpeningAndOfTheLastTransition() {
    WatchState state = WatchItemRules.fold(List.of(OPENED, LINKED_ONE, DROPPED, REOPENED));

    assertThat(state.openedOn()).isEqualTo(SEPT_2013);
    assertThat(state.since()).isEqualTo(Y2016);
  }

  @Test
  void aStepCannotBeDatedAfterTheDayItIsRecorded() {
    LocalDate today = LocalDate.of(2026, 11, 29);

    assertThat(WatchItemRules.dayProblem(PartialDate.parse("2026-11-29"), today)).isNull();
    assertThat(WatchItemRules.dayProblem(PartialDate.parse("2026"), today)).isNull();
    assertThat(WatchItemRules.dayProblem(PartialDate.parse("2026-11-30"), today))
        .isEqualTo("must not be after 2026-11-29, the day it is recorded");
  }

  private static WatchItemContent content(String question) {
    return new WatchItemContent(
        new LocalizedText(question, null),
        List.of("SCO", "sco-bank"),
        new LocalizedText("It is", null),
        new WatchRule(
            List.of(DevelopmentType.PROPOSAL_REALISED), List.of(), List.of("sco-bank"), Map.of()),
        PartialDate.parse("2014-12"),
        List.of());
  }
}
