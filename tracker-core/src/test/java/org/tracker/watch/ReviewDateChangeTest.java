package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemCommands.ChangeReviewDate;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDetail.Change;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.ReviewDateChanged;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchRule;
import org.tracker.watch.api.WatchState;
import org.tracker.watch.api.WatchTransitionRefused;

/**
 * Changing a watch item's review date, in memory: what the rule book accepts and records, what the
 * fold keeps, and how the review date on a day (as known at a moment) and the overdue mark follow
 * the change.
 */
class ReviewDateChangeTest {

  private static final WatchItemId ID = WatchItemId.of("watch-line-d");
  private static final PartialDate FIRST_REVIEW = day("2020");
  private static final WatchItemContent CONTENT =
      new WatchItemContent(
          new LocalizedText("Is line D built?", null),
          List.of("CHN", "line-d"),
          new LocalizedText("Gas flows", null),
          new WatchRule(
              List.of(DevelopmentType.PROJECT_MILESTONE), List.of(), List.of("line-d"), Map.of()),
          FIRST_REVIEW,
          List.of());
  private static final WatchItemOpened OPENED = new WatchItemOpened(ID, CONTENT, day("2014-03"));
  private static final ReviewDateChanged POSTPONED =
      new ReviewDateChanged(ID, day("2027-06"), "talks resumed", day("2026-11-29"));
  private static final Instant OPENED_AT = Instant.parse("2014-03-02T00:00:00Z");
  private static final Instant CHANGED_AT = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void aWatchedItemsReviewDateMovesWithItsReasonAndDay() {
    WatchState state = WatchItemRules.fold(List.of(OPENED));

    List<WatchItemEvent> events =
        WatchItemRules.decide(
            state, new ChangeReviewDate(ID, day("2027-06"), "talks resumed", day("2026-11-29")));

    assertThat(events).containsExactly(POSTPONED);
    assertThat(WatchItemRules.evolve(state, events.get(0)).reviewBy()).isEqualTo(day("2027-06"));
  }

  @Test
  void theFoldKeepsTheOpeningsReviewDateUntilAChangeAndTheOpeningsContentAfterIt() {
    assertThat(WatchItemRules.fold(List.of(OPENED)).reviewBy()).isEqualTo(FIRST_REVIEW);

    WatchState changed = WatchItemRules.fold(List.of(OPENED, POSTPONED));

    assertThat(changed.reviewBy()).isEqualTo(day("2027-06"));
    assertThat(changed.content()).isEqualTo(CONTENT);
    assertThat(
            WatchItemRules.decide(changed, new OpenWatchItem(ID, CONTENT, day("2014-03"), false)))
        .as("opening the same item again still records nothing")
        .isEmpty();
  }

  @Test
  void movingItToTheDateItHasRecordsNothingAndABlankReasonIsNoReason() {
    WatchState changed = WatchItemRules.fold(List.of(OPENED, POSTPONED));

    assertThat(
            WatchItemRules.decide(
                changed, new ChangeReviewDate(ID, day("2027-06"), null, day("2026-11-29"))))
        .isEmpty();
    assertThat(
            WatchItemRules.decide(
                WatchItemRules.fold(List.of(OPENED)),
                new ChangeReviewDate(ID, day("2028"), "  ", day("2026-11-29"))))
        .containsExactly(new ReviewDateChanged(ID, day("2028"), null, day("2026-11-29")));
  }

  static Stream<Arguments> badChanges() {
    return Stream.of(
        Arguments.of(
            "no review date",
            new ChangeReviewDate(ID, null, null, day("2026-11-29")),
            "reviewBy",
            "is required"),
        Arguments.of(
            "a review date before the day it is set",
            new ChangeReviewDate(ID, day("2026-11-28"), null, day("2026-11-29")),
            "reviewBy",
            "is before 2026-11-29, the day it is set"),
        Arguments.of(
            "a review year wholly before the day it is set",
            new ChangeReviewDate(ID, day("2025"), null, day("2026-11-29")),
            "reviewBy",
            "is before 2026-11-29"),
        Arguments.of(
            "a change dated before the item was opened",
            new ChangeReviewDate(ID, day("2027"), null, day("2013")),
            "on",
            "is before 2014-03, the day the item was opened"),
        Arguments.of(
            "a reason over the text limit",
            new ChangeReviewDate(ID, day("2027"), "x".repeat(10_001), day("2026-11-29")),
            "reason",
            ""));
  }

  @ParameterizedTest(name = "{0} is refused, naming {2}")
  @MethodSource("badChanges")
  void aBadChangeIsRefusedNamingTheField(
      String why, ChangeReviewDate change, String field, String message) {
    WatchState state = WatchItemRules.fold(List.of(OPENED));

    assertThatThrownBy(() -> WatchItemRules.decide(state, change))
        .isInstanceOfSatisfying(
            InvalidWatchItem.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly(field));
    assertThatThrownBy(() -> WatchItemRules.decide(state, change))
        .isInstanceOfSatisfying(
            InvalidWatchItem.class,
            e -> assertThat(e.violations().get(0).message()).contains(message));
  }

  @Test
  void aReviewDateThatMayFallOnTheDayItIsSetIsAccepted() {
    assertThat(WatchItemRules.reviewByProblem(day("2026-11"), day("2026-11-29"))).isNull();
    assertThat(WatchItemRules.reviewByProblem(day("2026-11-29"), day("2026-11-29"))).isNull();
    assertThat(WatchItemRules.reviewByProblem(day("2026-11-28"), day("2026-11-29"))).isNotNull();
  }

  @Test
  void aClosedItemsReviewDateIsNotMovedUntilItIsReopened() {
    WatchState dropped =
        WatchItemRules.fold(List.of(OPENED, new WatchItemDropped(ID, "moot", day("2015"))));
    ChangeReviewDate change = new ChangeReviewDate(ID, day("2027"), null, day("2026-11-29"));

    assertThatThrownBy(() -> WatchItemRules.decide(dropped, change))
        .isInstanceOf(WatchTransitionRefused.class)
        .hasMessageContaining("cannot be given another review date");
    WatchState reopened =
        WatchItemRules.evolve(dropped, new WatchItemReopened(ID, "news", day("2026")));
    assertThat(WatchItemRules.decide(reopened, change)).hasSize(1);
  }

  @Test
  void theAggregateRecordsTheChange() {
    new AggregateTestFixture<>(WatchItem.class)
        .given(OPENED)
        .when(new ChangeReviewDate(ID, day("2027-06"), "talks resumed", day("2026-11-29")))
        .expectEvents(POSTPONED);
  }

  @Test
  void theOverdueMarkFollowsTheReviewDateOnTheDayAndAsKnownThen() {
    List<WatchStep> steps =
        List.of(WatchStep.of(OPENED, 0, OPENED_AT), WatchStep.of(POSTPONED, 1, CHANGED_AT));

    WatchItemAsOf.Standing now =
        WatchItemAsOf.of(steps, FIRST_REVIEW, LocalDate.of(2026, 11, 29), null).get();
    assertThat(now.reviewBy()).isEqualTo(day("2027-06"));
    assertThat(now.overdue()).isFalse();

    WatchItemAsOf.Standing dayBefore =
        WatchItemAsOf.of(steps, FIRST_REVIEW, LocalDate.of(2026, 11, 28), null).get();
    assertThat(dayBefore.reviewBy()).as("the change counts from its day").isEqualTo(FIRST_REVIEW);
    assertThat(dayBefore.overdue()).isTrue();

    WatchItemAsOf.Standing knownBefore =
        WatchItemAsOf.of(
                steps, FIRST_REVIEW, LocalDate.of(2026, 11, 29), CHANGED_AT.minusSeconds(1))
            .get();
    assertThat(knownBefore.reviewBy()).as("not yet recorded").isEqualTo(FIRST_REVIEW);
    assertThat(knownBefore.overdue()).isTrue();

    WatchItemAsOf.Standing later =
        WatchItemAsOf.of(steps, FIRST_REVIEW, LocalDate.of(2027, 7, 1), null).get();
    assertThat(later.overdue()).as("past the new date").isTrue();
    assertThat(now.status()).as("a change is no transition").isEqualTo(dayBefore.status());
  }

  @Test
  void theHistoryListsTheChangeWithTheDateItSetAndTheItemShowsIt() {
    List<WatchEntry> entries =
        List.of(
            new WatchEntry(0, OPENED, OPENED_AT, "ana"),
            new WatchEntry(1, POSTPONED, CHANGED_AT, "ana"));

    WatchItemDetail detail =
        WatchItemHistory.of(entries, LocalDate.of(2026, 11, 29), null).orElseThrow();

    assertThat(detail.item().reviewBy()).isEqualTo("2027-06");
    assertThat(detail.item().overdue()).isFalse();
    assertThat(detail.history())
        .extracting(Change::change, Change::on, Change::reason, Change::reviewBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OPENED", "2014-03", null, null),
            org.assertj.core.groups.Tuple.tuple(
                "REVIEW_DATE_CHANGED", "2026-11-29", "talks resumed", "2027-06"));
    assertThat(detail.history().get(1).status()).isEqualTo(detail.item().status());
  }

  private static PartialDate day(String text) {
    return PartialDate.parse(text);
  }
}
