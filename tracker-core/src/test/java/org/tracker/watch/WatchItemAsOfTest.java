package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.Certainty;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.watch.WatchItemAsOf.Standing;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchRule;

/**
 * A watch item on a day, as known at a moment, in memory: which steps count (dated on or before the
 * day, recorded by the moment, evidence not withdrawn by then) and what they make of it.
 */
class WatchItemAsOfTest {

  private static final WatchItemId ID = WatchItemId.of("watch-sco-bank");
  private static final DevelopmentId FOUNDED = new DevelopmentId(UUID.randomUUID());
  private static final PartialDate REVIEW_BY = PartialDate.parse("2014-12");
  private static final WatchItemContent CONTENT =
      new WatchItemContent(
          new LocalizedText("Is the bank set up?", null),
          List.of("SCO", "sco-bank"),
          new LocalizedText("It is", null),
          new WatchRule(
              List.of(DevelopmentType.PROPOSAL_REALISED), List.of(), List.of("sco-bank"), Map.of()),
          REVIEW_BY,
          List.of());

  /** When each step of the item below was recorded. */
  private static final Map<String, Instant> MOMENTS =
      Map.of(
          "beforeOpening", Instant.parse("2019-12-31T00:00:00Z"),
          "opened", Instant.parse("2020-01-01T00:00:00Z"),
          "linked", Instant.parse("2020-02-01T00:00:00Z"),
          "resolved", Instant.parse("2020-03-01T00:00:00Z"),
          "withdrawn", Instant.parse("2020-04-01T00:00:00Z"));

  /**
   * Opened on 2013-09; evidence dated 2014-06 linked; resolved (happened) on 2015-07-01; the
   * evidence then withdrawn (its development retracted).
   */
  private static List<WatchStep> sco() {
    List<WatchStep> steps = new ArrayList<>();
    steps.add(step(0, new WatchItemOpened(ID, CONTENT, day("2013-09")), "opened"));
    steps.add(
        step(1, new EvidenceLinked(ID, FOUNDED, true, null, day("2014-06")), "linked")
            .withdrawn(MOMENTS.get("withdrawn")));
    steps.add(
        step(
            2,
            new WatchItemResolved(ID, WatchOutcome.HAPPENED, "set up", day("2015-07-01"), null),
            "resolved"));
    return steps;
  }

  @ParameterizedTest(name = "[{index}] as of {0}, known at {1}: {2} ({3}), overdue {4}")
  @CsvSource({
    "2013-08-31, now,           ABSENT,        ,         false",
    "2013-09-15, now,           OPEN,          POSSIBLE, false",
    "2013-10-01, now,           OPEN,          CERTAIN,  false",
    "2014-07-01, now,           OPEN,          CERTAIN,  false",
    "2014-07-01, resolved,      EVIDENCE_SEEN, CERTAIN,  false",
    "2014-06-15, resolved,      EVIDENCE_SEEN, POSSIBLE, false",
    "2015-01-01, resolved,      EVIDENCE_SEEN, CERTAIN,  true",
    "2015-06-30, now,           OPEN,          CERTAIN,  true",
    "2015-07-01, now,           RESOLVED,      CERTAIN,  false",
    "2016-01-01, now,           RESOLVED,      CERTAIN,  false",
    "2016-01-01, linked,        EVIDENCE_SEEN, CERTAIN,  true",
    "2016-01-01, opened,        OPEN,          CERTAIN,  true",
    "2016-01-01, beforeOpening, ABSENT,        ,         false"
  })
  void theItemStandsAsTheStepsCountingOnTheDayAndKnownThenSay(
      LocalDate asOf, String knownAt, String status, Certainty certainty, boolean overdue) {
    Instant moment = knownAt.equals("now") ? null : MOMENTS.get(knownAt);

    var standing = WatchItemAsOf.of(sco(), REVIEW_BY, asOf, moment);

    if (status.equals("ABSENT")) {
      assertThat(standing).isEmpty();
      return;
    }
    assertThat(standing).isPresent();
    assertThat(standing.get().status().name()).isEqualTo(status);
    assertThat(standing.get().certainty()).isEqualTo(certainty);
    assertThat(standing.get().overdue()).isEqualTo(overdue);
  }

  @Test
  void theAnswerDoesNotDependOnTheOrderTheStepsAreReadIn() {
    Random random = new Random(17);
    List<WatchStep> steps = sco();
    Standing expected = WatchItemAsOf.of(steps, REVIEW_BY, day("2015-08").latest(), null).get();
    for (int i = 0; i < 20; i++) {
      List<WatchStep> shuffled = new ArrayList<>(steps);
      Collections.shuffle(shuffled, random);
      assertThat(WatchItemAsOf.of(shuffled, REVIEW_BY, day("2015-08").latest(), null))
          .contains(expected);
    }
  }

  @Test
  void aResolvedItemSaysWhenItWasOpenedAndClosedAndHowItEnded() {
    Standing standing = WatchItemAsOf.of(sco(), REVIEW_BY, LocalDate.of(2020, 1, 1), null).get();

    WatchItemView view =
        WatchItemAsOf.view(ID.value(), CONTENT, standing, MOMENTS.get("opened"), "analyst");

    assertThat(view.status().name()).isEqualTo("RESOLVED");
    assertThat(view.outcome()).isEqualTo(WatchOutcome.HAPPENED);
    assertThat(view.openedOn()).isEqualTo("2013-09");
    assertThat(view.closedOn()).isEqualTo("2015-07-01");
    assertThat(view.evidenceCount()).isZero();
    assertThat(view.overdue()).isFalse();
  }

  @Test
  void evidenceDatedBeforeTheOpeningCountsOnceTheItemIsOpen() {
    List<WatchStep> steps =
        List.of(
            step(0, new WatchItemOpened(ID, CONTENT, day("2014")), "opened"),
            step(1, new EvidenceLinked(ID, FOUNDED, false, "earlier", day("2012")), "linked"));

    assertThat(WatchItemAsOf.of(steps, REVIEW_BY, LocalDate.of(2013, 6, 1), null)).isEmpty();
    Standing standing = WatchItemAsOf.of(steps, REVIEW_BY, LocalDate.of(2014, 3, 1), null).get();
    assertThat(standing.status().name()).isEqualTo("EVIDENCE_SEEN");
    assertThat(standing.lastEvidenceAt()).isEqualTo(MOMENTS.get("linked"));
    assertThat(standing.certainty()).isEqualTo(Certainty.POSSIBLE); // opened some time in 2014
  }

  @Test
  void aReopenedItemIsWatchedAgainFromTheDayItWasReopened() {
    List<WatchStep> steps = new ArrayList<>(sco());
    steps.add(
        step(3, new WatchItemReopened(ID, "the bank was wound up", day("2018-05")), "withdrawn"));

    assertThat(status(steps, "2018-04-30")).isEqualTo("RESOLVED");
    assertThat(status(steps, "2018-05-15")).isEqualTo("OPEN");
    assertThat(WatchItemAsOf.of(steps, REVIEW_BY, LocalDate.of(2018, 5, 15), null).get().outcome())
        .isNull();
  }

  @Test
  void aStepStoredBeforeStepsWereDatedCountsFromTheDayItWasRecorded() {
    Instant recorded = Instant.parse("2021-05-04T23:30:00Z");
    WatchItemEvent old = new WatchItemOpened(ID, CONTENT, null);

    WatchStep step = WatchStep.of(old, 0, recorded);

    assertThat(step.on()).isEqualTo(day("2021-05-04"));
    assertThat(WatchItemAsOf.of(List.of(step), REVIEW_BY, LocalDate.of(2021, 5, 3), null))
        .isEmpty();
    assertThat(WatchItemAsOf.of(List.of(step), REVIEW_BY, LocalDate.of(2021, 5, 4), null))
        .isPresent();
  }

  private static String status(List<WatchStep> steps, String asOf) {
    return WatchItemAsOf.of(steps, REVIEW_BY, LocalDate.parse(asOf), null)
        .map(s -> s.status().name())
        .orElse("ABSENT");
  }

  private static WatchStep step(long sequence, WatchItemEvent event, String recorded) {
    return WatchStep.of(event, sequence, MOMENTS.get(recorded));
  }

  private static PartialDate day(String text) {
    return PartialDate.parse(text);
  }
}
