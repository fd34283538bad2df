package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDetail.Change;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchRule;

/** One item read from its stream on a day as known at a moment: its evidence and its steps. */
class WatchItemHistoryTest {

  private static final WatchItemId ID = WatchItemId.of("watch-line-d");
  private static final DevelopmentId AGREED = new DevelopmentId(UUID.randomUUID());
  private static final DevelopmentId STARTED = new DevelopmentId(UUID.randomUUID());
  private static final Instant OPENED_AT = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant LINKED_AT = Instant.parse("2020-02-01T00:00:00Z");
  private static final Instant WITHDRAWN_AT = Instant.parse("2020-03-01T00:00:00Z");
  private static final Instant RESOLVED_AT = Instant.parse("2020-04-01T00:00:00Z");

  private static final List<WatchEntry> LINE_D =
      List.of(
          new WatchEntry(0, new WatchItemOpened(ID, content(), day("2013-09")), OPENED_AT, "ana"),
          new WatchEntry(
              1, new EvidenceLinked(ID, AGREED, true, null, day("2014-01")), LINKED_AT, "rules"),
          new WatchEntry(
              2,
              new EvidenceLinked(ID, STARTED, false, "work began", day("2014-06")),
              LINKED_AT,
              "ana"),
          new WatchEntry(3, new EvidenceWithdrawn(ID, AGREED, "retracted"), WITHDRAWN_AT, "rules"),
          new WatchEntry(
              4,
              new WatchItemResolved(
                  ID, WatchOutcome.HAPPENED, "construction began", day("2014-06"), STARTED),
              RESOLVED_AT,
              "ana"));

  @Test
  void asKnownNowTheWithdrawnEvidenceIsListedWithWhenAndWhyAndEveryStepWithItsDay() {
    WatchItemDetail now = WatchItemHistory.of(LINE_D, LocalDate.of(2020, 1, 1), null).get();

    assertThat(now.item().status().name()).isEqualTo("RESOLVED");
    assertThat(now.item().evidenceCount()).isEqualTo(1);
    assertThat(now.evidence())
        .extracting(WatchItemDetail.Evidence::developmentId, WatchItemDetail.Evidence::on)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AGREED.toString(), "2014-01"),
            org.assertj.core.groups.Tuple.tuple(STARTED.toString(), "2014-06"));
    assertThat(now.evidence().get(0).withdrawnAt()).isEqualTo(WITHDRAWN_AT);
    assertThat(now.evidence().get(0).withdrawnBecause()).isEqualTo("retracted");
    assertThat(now.history())
        .extracting(Change::change, Change::on)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OPENED", "2013-09"),
            org.assertj.core.groups.Tuple.tuple("EVIDENCE_LINKED", "2014-01"),
            org.assertj.core.groups.Tuple.tuple("EVIDENCE_LINKED", "2014-06"),
            org.assertj.core.groups.Tuple.tuple("EVIDENCE_WITHDRAWN", null),
            org.assertj.core.groups.Tuple.tuple("RESOLVED", "2014-06"));
    assertThat(now.history().get(4).developmentId()).isEqualTo(STARTED.toString());
  }

  @Test
  void onADayBeforeSomeStepsOnlyThoseDatedByThenAreListed() {
    WatchItemDetail early = WatchItemHistory.of(LINE_D, LocalDate.of(2014, 2, 1), null).get();

    assertThat(early.asOf()).isEqualTo(LocalDate.of(2014, 2, 1));
    assertThat(early.item().status().name()).isEqualTo("OPEN");
    assertThat(early.history())
        .extracting(Change::change)
        .containsExactly("OPENED", "EVIDENCE_LINKED", "EVIDENCE_WITHDRAWN");
    assertThat(early.evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.on()).isEqualTo("2014-01"));
  }

  @Test
  void asKnownBeforeTheWithdrawalTheEvidenceStandsAndNothingLaterIsListed() {
    Instant before = WITHDRAWN_AT.minusSeconds(1);

    WatchItemDetail then = WatchItemHistory.of(LINE_D, LocalDate.of(2020, 1, 1), before).get();

    assertThat(then.knownAt()).isEqualTo(before);
    assertThat(then.item().status().name()).isEqualTo("EVIDENCE_SEEN");
    assertThat(then.item().evidenceCount()).isEqualTo(2);
    assertThat(then.evidence()).allSatisfy(e -> assertThat(e.withdrawnAt()).isNull());
    assertThat(then.history())
        .extracting(Change::change)
        .containsExactly("OPENED", "EVIDENCE_LINKED", "EVIDENCE_LINKED");
  }

  @Test
  void thereIsNoItemBeforeItsOpeningDayOrBeforeItWasRecorded() {
    assertThat(WatchItemHistory.of(LINE_D, LocalDate.of(2013, 8, 31), null)).isEmpty();
    assertThat(WatchItemHistory.of(LINE_D, LocalDate.of(2020, 1, 1), OPENED_AT.minusSeconds(1)))
        .isEmpty();
  }

  private static WatchItemContent content() {
    return new WatchItemContent(
        new LocalizedText("Does construction of line D start?", null),
        List.of("CHN", "line-d"),
        new LocalizedText("Construction starts", null),
        new WatchRule(
            List.of(DevelopmentType.PROJECT_MILESTONE), List.of(), List.of("line-d"), Map.of()),
        PartialDate.parse("2014-09"),
        List.of());
  }

  private static PartialDate day(String text) {
    return PartialDate.parse(text);
  }
}
