package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracker.shared.PartialDate.Precision;
import org.tracker.shared.PartialDate.Qualifier;

class PartialDateTest {

  @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
  @CsvSource({
    "2005,       YEAR,  2005-01-01, 2005-12-31, NONE",
    "2013-09,    MONTH, 2013-09-01, 2013-09-30, NONE",
    "2013-02,    MONTH, 2013-02-01, 2013-02-28, NONE",
    "2012-02,    MONTH, 2012-02-01, 2012-02-29, NONE",
    "2013-09-12, DAY,   2013-09-12, 2013-09-12, NONE",
    "2024-02-29, DAY,   2024-02-29, 2024-02-29, NONE",
    "2014~,      YEAR,  2014-01-01, 2014-12-31, APPROXIMATE",
    "2013-09?,   MONTH, 2013-09-01, 2013-09-30, UNCERTAIN",
    "2013-09-07%, DAY,  2013-09-07, 2013-09-07, APPROXIMATE_AND_UNCERTAIN",
    "0001,       YEAR,  0001-01-01, 0001-12-31, NONE",
    "9999-12-31, DAY,   9999-12-31, 9999-12-31, NONE"
  })
  void validDatesKeepTheirPrecisionAndRange(
      String text, Precision precision, LocalDate earliest, LocalDate latest, Qualifier q) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.qualifier()).isEqualTo(q);
    assertThat(date.toString()).isEqualTo(text);
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(
      strings = {
        "2013-02-30",
        "2013-13",
        "2013-00",
        "2013-09-00",
        "2013-09-31",
        "2023-02-29",
        "13-09-2013",
        "2013/09/12",
        "2013-9",
        "2013-09-1",
        "213",
        "20130",
        "0000",
        "2013-09-12T00:00",
        " 2013",
        "2013 ",
        "2013~~",
        "~2013",
        "2013-09-12-01",
        "September 2013",
        "２０１３",
        ""
      })
  void malformedDatesAreRefusedWithAReason(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidPartialDate.class)
        .hasMessageContaining("is not a partial date");
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(InvalidPartialDate.class);
  }

  @Test
  void aMonthCoversEachOfItsDaysAndNoOther() {
    PartialDate september = PartialDate.parse("2013-09");

    assertThat(september.covers(LocalDate.of(2013, 9, 1))).isTrue();
    assertThat(september.covers(LocalDate.of(2013, 9, 30))).isTrue();
    assertThat(september.covers(LocalDate.of(2013, 8, 31))).isFalse();
    assertThat(september.covers(LocalDate.of(2013, 10, 1))).isFalse();
  }

  @Test
  void certaintyIsCertainOnceTheRangeHasEndedAndPossibleInsideIt() {
    PartialDate september = PartialDate.parse("2013-09");

    assertThat(Certainty.of(september, LocalDate.of(2013, 8, 31))).isNull();
    assertThat(Certainty.of(september, LocalDate.of(2013, 9, 15))).isEqualTo(Certainty.POSSIBLE);
    assertThat(Certainty.of(september, LocalDate.of(2013, 9, 30))).isEqualTo(Certainty.CERTAIN);
    assertThat(Certainty.of(PartialDate.parse("2013-09-07"), LocalDate.of(2013, 9, 7)))
        .isEqualTo(Certainty.CERTAIN);
  }

  @Test
  void ordersByEarliestDayThenCoarserFirst() {
    assertThat(PartialDate.parse("2013")).isLessThan(PartialDate.parse("2013-01"));
    assertThat(PartialDate.parse("2013-01")).isLessThan(PartialDate.parse("2013-01-01"));
    assertThat(PartialDate.parse("2013-01-02")).isLessThan(PartialDate.parse("2013-02"));
  }

  @ParameterizedTest(name = "asOf {0} is refused naming the parameter")
  @ValueSource(strings = {"+5874898-01-01", "-4714-01-01", "0000-12-31", "+10000-01-01"})
  void daysOutsideTheYearsOfAPartialDateAreRefusedNamingTheField(String day) {
    assertThatThrownBy(() -> PartialDate.withinRange("asOf", LocalDate.parse(day)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("asOf"));
  }

  @ParameterizedTest(name = "knownAt {0} is refused naming the parameter")
  @ValueSource(
      strings = {"-300000-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"})
  void momentsOutsideThoseDaysAreRefusedNamingTheField(String moment) {
    assertThatThrownBy(() -> PartialDate.withinRange("knownAt", Instant.parse(moment)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("knownAt"));
  }

  @Test
  void theFirstAndLastDaysAndTheirMomentsAreWithinRange() {
    assertThat(PartialDate.withinRange("asOf", LocalDate.of(1, 1, 1)))
        .isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(PartialDate.withinRange("asOf", LocalDate.of(9999, 12, 31)))
        .isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(PartialDate.withinRange("knownAt", Instant.parse("0001-01-01T00:00:00Z")))
        .isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    assertThat(PartialDate.withinRange("knownAt", Instant.parse("9999-12-31T23:59:59.999Z")))
        .isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
    assertThat(PartialDate.withinRange("asOf", (LocalDate) null)).isNull();
  }
}
