package org.tracker.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tracker.development.api.DevelopmentType.PROJECT_DEFINED;
import static org.tracker.development.api.DevelopmentType.PROJECT_MILESTONE;
import static org.tracker.development.api.DevelopmentType.PROJECT_QUANTITY_REPORTED;
import static org.tracker.development.api.DevelopmentType.STATEMENT;
import static org.tracker.shared.Certainty.CERTAIN;
import static org.tracker.shared.Certainty.POSSIBLE;
import static org.tracker.testing.FactFixtures.fact;
import static org.tracker.testing.FactFixtures.ids;
import static org.tracker.testing.RandomHistories.oneOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.fact.api.Fact;
import org.tracker.project.api.ProjectView;
import org.tracker.project.api.ProjectView.Milestone;
import org.tracker.project.api.ProjectView.Quantity;
import org.tracker.testing.RandomHistories;

class ProjectsTest {

  private static final String ID = "cagp";
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  @Test
  void aProjectWithNothingKnownByTheDayIsNotThere() {
    List<Fact> facts =
        List.of(
            defined("2031", "CHN TKM"),
            fact(
                PROJECT_MILESTONE,
                "2008",
                "",
                "projectId",
                "other",
                "milestone",
                "AGREED",
                "status",
                "ACTUAL"));

    assertThat(Projects.fold(ID, facts, List.of(), LONG_AFTER)).isEmpty();
  }

  @Test
  void aDefinedProjectHasItsNamesKindParticipantsCargoOriginAndParent() {
    Fact defined =
        fact(
            PROJECT_DEFINED,
            "2007-07",
            "CHN TKM UZB KAZ",
            "projectId",
            ID,
            "name",
            Map.of("en", "Central Asia–China gas pipeline", "zh-Hant", "中亞天然氣管道"),
            "kind",
            "pipeline",
            "carries",
            "natural gas",
            "origin",
            "TKM",
            "parent",
            "silk-road");

    ProjectView view = fold(LONG_AFTER, defined);

    assertThat(view.id()).isEqualTo(ID);
    assertThat(view.name())
        .containsEntry("en", "Central Asia–China gas pipeline")
        .containsEntry("zh-Hant", "中亞天然氣管道");
    assertThat(view.kind()).isEqualTo("pipeline");
    assertThat(view.participants()).containsExactly("CHN", "TKM", "UZB", "KAZ");
    assertThat(view.carries()).isEqualTo("natural gas");
    assertThat(view.origin()).isEqualTo("TKM");
    assertThat(view.parent()).isEqualTo("silk-road");
    assertThat(view.children()).isEmpty();
    assertThat(view.status()).isNull();
    assertThat(view.statusSince()).isNull();
    assertThat(view.statusCertainty()).isNull();
    assertThat(view.milestones()).isEmpty();
    assertThat(view.quantities()).isEmpty();
    assertThat(view.asOf()).isEqualTo(LONG_AFTER);
    assertThat(view.basis()).containsExactly(defined.id());
  }

  @Test
  void aLaterDefinitionReplacesTheEarlierOne() {
    ProjectView view =
        fold(
            LONG_AFTER,
            fact(
                PROJECT_DEFINED,
                "2012",
                "CHN UZB",
                "projectId",
                ID,
                "name",
                Map.of("en", "Line D"),
                "carries",
                "natural gas"),
            defined("2007", "CHN TKM"));

    assertThat(view.name()).containsExactly(Map.entry("en", "Line D"));
    assertThat(view.participants()).containsExactly("CHN", "UZB");
    assertThat(view.carries()).isEqualTo("natural gas");
    assertThat(view.kind()).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}, asked {1}: {2} since {3} ({4})")
  @CsvSource(
      delimiter = '|',
      value = {
        "2008-06-30 CONSTRUCTION_STARTED ACTUAL; 2009-12-14 OPERATIONAL ACTUAL"
            + " | 2030-01-01 | OPERATIONAL          | 2009-12-14 | CERTAIN",
        "2009-12-14 OPERATIONAL ACTUAL; 2008-06-30 CONSTRUCTION_STARTED ACTUAL"
            + " | 2030-01-01 | OPERATIONAL          | 2009-12-14 | CERTAIN",
        "2008-06-30 CONSTRUCTION_STARTED ACTUAL; 2009-12-14 OPERATIONAL ACTUAL"
            + " | 2009-12-13 | CONSTRUCTION_STARTED | 2008-06-30 | CERTAIN",
        "2008-06 CONSTRUCTION_STARTED ACTUAL"
            + " | 2008-06-15 | CONSTRUCTION_STARTED | 2008-06    | POSSIBLE",
        "2008-06-30 CONSTRUCTION_STARTED ACTUAL; 2009 OPERATIONAL PLANNED"
            + " | 2030-01-01 | CONSTRUCTION_STARTED | 2008-06-30 | CERTAIN",
        "2007 AGREED PLANNED | 2030-01-01 | - | - | -",
        "2009-12-14 OPERATIONAL ACTUAL; 2022-09 SUSPENDED ACTUAL"
            + " | 2030-01-01 | SUSPENDED            | 2022-09    | CERTAIN"
      })
  void theStatusIsTheLatestActualMilestoneByDate(
      String milestones, LocalDate asOf, String status, String since, String certainty) {
    ProjectView view = fold(asOf, milestones(milestones));

    if (status.equals("-")) {
      assertThat(view.status()).isNull();
      assertThat(view.statusSince()).isNull();
      assertThat(view.statusCertainty()).isNull();
    } else {
      assertThat(view.status()).isEqualTo(status);
      assertThat(view.statusSince()).isEqualTo(since);
      assertThat(String.valueOf(view.statusCertainty())).isEqualTo(certainty);
    }
  }

  @Test
  void milestonesActualAndPlannedAreListedInDateOrderWithTheirExpectedDates() {
    Fact operational = milestone("2009-12-14", "OPERATIONAL", "ACTUAL", null);
    Fact plannedLine = milestone("2012-02", "COMPLETED", "PLANNED", "2016");
    Fact started = milestone("2008-06-30", "CONSTRUCTION_STARTED", "ACTUAL", null);

    ProjectView view = fold(LocalDate.of(2012, 2, 10), operational, plannedLine, started);

    assertThat(view.milestones())
        .containsExactly(
            new Milestone(
                started.id(),
                "CONSTRUCTION_STARTED",
                "ACTUAL",
                "2008-06-30",
                null,
                CERTAIN,
                false,
                null,
                null),
            new Milestone(
                operational.id(),
                "OPERATIONAL",
                "ACTUAL",
                "2009-12-14",
                null,
                CERTAIN,
                false,
                null,
                null),
            new Milestone(
                plannedLine.id(),
                "COMPLETED",
                "PLANNED",
                "2012-02",
                "2016",
                POSSIBLE,
                false,
                null,
                null));
  }

  @Test
  void aDelayMovesTheForecastToItsNewDateAndKeepsTheOldOneListedAsMoved() {
    Fact planned = milestone("2013-09", "COMPLETED", "PLANNED", "2016");
    Fact delayed = slip("2016-03", "DELAYED", "COMPLETED", "2020");

    ProjectView before = fold(LocalDate.of(2016, 1, 1), planned, delayed);
    ProjectView after = fold(LocalDate.of(2017, 1, 1), planned, delayed);
    ProjectView late = fold(LocalDate.of(2021, 1, 1), planned, delayed);

    assertThat(before.milestones()).singleElement().returns(null, Milestone::movedBy);
    assertThat(after.milestones())
        .extracting(
            Milestone::milestone, Milestone::expected, Milestone::movedBy, Milestone::overdue)
        .containsExactly(
            tuple("COMPLETED", "2016", delayed.id(), false), tuple("DELAYED", "2020", null, false));
    assertThat(after.milestones().get(1).delays()).isEqualTo("COMPLETED");
    assertThat(late.milestones()).extracting(Milestone::overdue).containsExactly(false, true);
    assertThat(after.status()).as("a delay moves a forecast, not the project's phase").isNull();
  }

  @Test
  void aPostponementWithoutADateLeavesNothingOverdueAndAResumptionWithOneSetsItAgain() {
    Fact planned = milestone("2013-09", "COMPLETED", "PLANNED", "2016");
    Fact postponed = slip("2015-05", "POSTPONED", "COMPLETED", null);
    Fact resumed = slip("2019-04", "RESUMED", "COMPLETED", "2022");

    ProjectView postponedThen = fold(LocalDate.of(2018, 1, 1), planned, postponed, resumed);
    ProjectView resumedLate = fold(LocalDate.of(2023, 1, 1), planned, postponed, resumed);

    assertThat(postponedThen.milestones()).noneMatch(Milestone::overdue);
    assertThat(postponedThen.milestones())
        .extracting(Milestone::movedBy)
        .containsExactly(postponed.id(), null);
    assertThat(resumedLate.milestones())
        .extracting(Milestone::milestone, Milestone::overdue)
        .containsExactly(
            tuple("COMPLETED", false), tuple("POSTPONED", false), tuple("RESUMED", true));
    assertThat(resumedLate.status()).isEqualTo("RESUMED");
  }

  @ParameterizedTest(name = "[{index}] {0} expected {1}, actual [{2}], asked {3}: overdue {4}")
  @CsvSource({
    "COMPLETED, 2015,       '',                   2015-12-31, false",
    "COMPLETED, 2015,       '',                   2016-01-01, true",
    "COMPLETED, 2015-06,    '',                   2015-06-30, false",
    "COMPLETED, 2015-06,    '',                   2015-07-01, true",
    "COMPLETED, 2015-06-15, '',                   2015-06-16, true",
    "COMPLETED, 2015,       2017 COMPLETED,       2020-01-01, false",
    "COMPLETED, 2015,       2019 OPERATIONAL,     2020-01-01, true",
    "COMPLETED, 2015,       2021 COMPLETED,       2020-01-01, true",
    "COMPLETED, 2015,       2014 COMPLETED,       2020-01-01, false",
    "COMPLETED, ,           '',                   2020-01-01, false"
  })
  void aPlannedMilestoneIsOverdueOnceItsExpectedDateHasPassedWithoutTheActualOne(
      String milestone, String expected, String actual, LocalDate asOf, boolean overdue) {
    List<Fact> facts = new ArrayList<>();
    facts.add(milestone("2010", milestone, "PLANNED", expected));
    if (!actual.isEmpty()) {
      String[] parts = actual.split(" ");
      facts.add(milestone(parts[0], parts[1], "ACTUAL", null));
    }

    ProjectView view = fold(asOf, facts.toArray(Fact[]::new));

    assertThat(view.milestones())
        .filteredOn(m -> m.status().equals("PLANNED"))
        .singleElement()
        .returns(overdue, Milestone::overdue)
        .returns(expected, Milestone::expected);
  }

  /**
   * A forecast is overdue on a day when its expected date ended before that day and nothing had
   * fulfilled it by then: completion expected in 2013 and achieved on 2015-03-10.
   */
  @ParameterizedTest(name = "[{index}] on {0}: overdue {1}")
  @CsvSource({
    "2013-12-31, false",
    "2014-01-01, true",
    "2015-03-09, true",
    "2015-03-10, false",
    "2020-01-01, false"
  })
  void aForecastIsOverdueFromTheDayAfterItsExpectedDateUntilTheDayItIsFulfilled(
      LocalDate asOf, boolean overdue) {
    Fact forecast = milestone("2013-09", "COMPLETED", "PLANNED", "2013");
    Fact completed = milestone("2015-03-10", "COMPLETED", "ACTUAL", null);

    ProjectView view = fold(asOf, forecast, completed);

    assertThat(view.milestones())
        .filteredOn(m -> m.status().equals("PLANNED"))
        .singleElement()
        .returns(overdue, Milestone::overdue);
  }

  @Test
  void anActualMilestoneIsNeverOverdue() {
    ProjectView view = fold(LONG_AFTER, milestone("2009", "OPERATIONAL", "ACTUAL", "2008"));

    assertThat(view.milestones()).singleElement().returns(false, Milestone::overdue);
  }

  @Test
  void theLatestFigureOfEachQuantityAndStatusIsKept() {
    Fact capacity2009 = quantity("2009-12", "capacity", 30, "bcm/year", null, null);
    Fact capacity2014 = quantity("2014", "capacity", 55, "bcm/year", null, "ACTUAL");
    Fact plannedCapacity = quantity("2013-09", "capacity", 85, "bcm/year", null, "PLANNED");
    Fact delivered = quantity("2020", "volume", 1.5e2, "bcm", true, null);

    ProjectView view =
        fold(LocalDate.of(2020, 6, 1), delivered, capacity2014, plannedCapacity, capacity2009);

    assertThat(view.quantities())
        .containsExactly(
            new Quantity(
                capacity2014.id(),
                "capacity",
                new BigDecimal("55"),
                "bcm/year",
                false,
                "ACTUAL",
                "2014",
                CERTAIN),
            new Quantity(
                plannedCapacity.id(),
                "capacity",
                new BigDecimal("85"),
                "bcm/year",
                false,
                "PLANNED",
                "2013-09",
                CERTAIN),
            new Quantity(
                delivered.id(),
                "volume",
                new BigDecimal("150.0"),
                "bcm",
                true,
                "ACTUAL",
                "2020",
                POSSIBLE));
  }

  @Test
  void aFigureDatedAfterTheDayIsNotYetTheLatest() {
    Fact capacity2009 = quantity("2009-12", "capacity", 30, "bcm/year", null, null);
    Fact capacity2014 = quantity("2014", "capacity", 55, "bcm/year", null, null);

    ProjectView view = fold(LocalDate.of(2013, 12, 31), capacity2014, capacity2009);

    assertThat(view.quantities())
        .extracting(Quantity::developmentId)
        .containsExactly(capacity2009.id());
  }

  @Test
  void childrenAreTheProjectsDefinedWithItAsParentByTheDayInIdOrder() {
    List<Fact> children =
        List.of(
            fact(PROJECT_DEFINED, "2012", "CHN UZB", "projectId", "cagp-line-d", "parent", ID),
            fact(PROJECT_DEFINED, "2008", "CHN", "projectId", "cagp-line-a", "parent", ID),
            fact(PROJECT_DEFINED, "2031", "CHN", "projectId", "cagp-line-e", "parent", ID),
            fact(PROJECT_DEFINED, "2008", "CHN", "projectId", "other-line", "parent", "other"),
            fact(STATEMENT, "2009", "CHN", "projectId", "cagp-line-x", "parent", ID));

    Optional<ProjectView> view =
        Projects.fold(ID, List.of(defined("2007", "CHN TKM")), children, LONG_AFTER);

    assertThat(view.orElseThrow().children()).containsExactly("cagp-line-a", "cagp-line-d");
  }

  @Test
  void aLineRedefinedUnderAnotherProjectLeavesThisOneFromTheDayOfItsNewDefinition() {
    List<Fact> lineB =
        List.of(
            fact(PROJECT_DEFINED, "2008", "CHN", "projectId", "cagp-line-b", "parent", ID),
            fact(PROJECT_DEFINED, "2015-03", "CHN", "projectId", "cagp-line-b", "parent", "other"));

    assertThat(
            Projects.fold(ID, List.of(defined("2007", "CHN TKM")), lineB, LocalDate.of(2014, 1, 1))
                .orElseThrow()
                .children())
        .containsExactly("cagp-line-b");
    assertThat(
            Projects.fold(ID, List.of(defined("2007", "CHN TKM")), lineB, LONG_AFTER)
                .orElseThrow()
                .children())
        .isEmpty();
  }

  @Test
  void onlyTheProjectsOwnDevelopmentsCountAndTheAnswerRestsOnThemInDateOrder() {
    Fact started = milestone("2008-06-30", "CONSTRUCTION_STARTED", "ACTUAL", null);
    Fact defined = defined("2007", "CHN TKM");
    Fact capacity = quantity("2009-12", "capacity", 30, "bcm/year", null, null);
    Fact statement = fact(STATEMENT, "2009", "CHN", "projectId", ID);
    Fact otherProjects =
        fact(
            PROJECT_MILESTONE,
            "2010",
            "",
            "projectId",
            "other",
            "milestone",
            "OPERATIONAL",
            "status",
            "ACTUAL");

    ProjectView view =
        Projects.fold(
                ID,
                List.of(capacity, otherProjects, started, defined, statement),
                List.of(),
                LONG_AFTER)
            .orElseThrow();

    assertThat(view.status()).isEqualTo("CONSTRUCTION_STARTED");
    // a statement's vocabulary has no projectId: only the project's own types count
    assertThat(view.basis()).containsExactlyElementsOf(ids(defined, started, capacity));
  }

  /**
   * The answer does not depend on the order in which developments were recorded. Facts of the same
   * date are put in world order by their log position, so the generated facts have distinct dates
   * (of year, month or day precision, some qualified).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void theAnswerDoesNotDependOnTheOrderInWhichDevelopmentsWereRecorded(long seed) {
    RandomHistories.assertOrderDoesNotMatter(seed, r -> history(r), ProjectsTest::answer);
  }

  /** Whatever is dated wholly after the day has no say in the answer. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void developmentsDatedAfterTheDayDoNotChangeTheAnswer(long seed) {
    RandomHistories.assertLaterDevelopmentsDoNotMatter(seed, r -> history(r), ProjectsTest::answer);
  }

  private static Optional<ProjectView> answer(List<Fact> recorded, LocalDate asOf) {
    return Projects.fold(
        ID, recorded, recorded.stream().filter(f -> ID.equals(f.text("parent"))).toList(), asOf);
  }

  /** Definitions (of it and of its lines), milestones actual and planned, and figures. */
  private static List<Fact> history(Random random) {
    int size = random.nextInt(14);
    List<Fact> facts = new ArrayList<>();
    for (String date : RandomHistories.distinctDates(random, size, 2000, 2010)) {
      String milestone = oneOf(random, "AGREED", "CONSTRUCTION_STARTED", "OPERATIONAL");
      facts.add(
          switch (random.nextInt(6)) {
            case 0 ->
                fact(
                    PROJECT_DEFINED,
                    date,
                    oneOf(random, "CHN", "CHN TKM"),
                    "projectId",
                    oneOf(random, ID, "line-a", "line-b"),
                    "kind",
                    date,
                    "parent",
                    ID);
            case 1 -> milestone(date, milestone, "ACTUAL", null);
            case 2 ->
                milestone(date, milestone, "PLANNED", RandomHistories.date(random, 2000, 2012));
            default ->
                quantity(
                    date,
                    oneOf(random, "capacity", "volume"),
                    random.nextInt(100),
                    "bcm",
                    oneOf(random, null, true, false),
                    oneOf(random, null, "ACTUAL", "PLANNED"));
          });
    }
    return facts;
  }

  private static ProjectView fold(LocalDate asOf, Fact... facts) {
    return Projects.fold(ID, List.of(facts), List.of(), asOf).orElseThrow();
  }

  private static Fact defined(String date, String participants) {
    return fact(
        PROJECT_DEFINED,
        date,
        participants,
        "projectId",
        ID,
        "name",
        Map.of("en", "Central Asia–China gas pipeline", "zh-Hant", "中亞天然氣管道"),
        "kind",
        "pipeline");
  }

  /** Milestones like {@code "2008-06-30 CONSTRUCTION_STARTED ACTUAL; 2009 OPERATIONAL PLANNED"}. */
  private static Fact[] milestones(String milestones) {
    return Arrays.stream(milestones.split(";"))
        .map(m -> m.trim().split("\\s+"))
        .map(p -> milestone(p[0], p[1], p[2], p[2].equals("PLANNED") ? "2030" : null))
        .toArray(Fact[]::new);
  }

  private static Fact slip(String date, String slip, String delays, String expected) {
    List<Object> attributes =
        new ArrayList<>(
            List.of("projectId", ID, "milestone", slip, "status", "ACTUAL", "delays", delays));
    if (expected != null) {
      attributes.addAll(List.of("expected", expected));
    }
    return fact(PROJECT_MILESTONE, date, "", attributes.toArray());
  }

  private static Fact milestone(String date, String milestone, String status, String expected) {
    List<Object> attributes =
        new ArrayList<>(List.of("projectId", ID, "milestone", milestone, "status", status));
    if (expected != null) {
      attributes.addAll(List.of("expected", expected));
    }
    return fact(PROJECT_MILESTONE, date, "", attributes.toArray());
  }

  private static Fact quantity(
      String date, String quantity, Number value, String unit, Boolean cumulative, String status) {
    List<Object> attributes =
        new ArrayList<>(
            List.of("projectId", ID, "quantity", quantity, "value", value, "unit", unit));
    if (cumulative != null) {
      attributes.addAll(List.of("cumulative", cumulative));
    }
    if (status != null) {
      attributes.addAll(List.of("status", status));
    }
    return fact(PROJECT_QUANTITY_REPORTED, date, "", attributes.toArray());
  }
}
