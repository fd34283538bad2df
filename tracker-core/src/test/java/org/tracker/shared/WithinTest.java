package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithinTest {

  @ParameterizedTest(name = "{0} within {1}..{2}: certainly {3}, possibly {4}")
  @CsvSource({
    "2013,        2013-10-01, 2013-12-31, false, true",
    "2013-11-05,  2013-10-01, 2013-12-31, true,  true",
    "2013-11,     2013-10-01, 2013-12-31, true,  true",
    "2013-09,     2013-10-01, 2013-12-31, false, false",
    "2014,        2013-10-01, 2013-12-31, false, false",
    "2013-10-01,  2013-10-01, 2013-12-31, true,  true",
    "2013-12-31,  2013-10-01, 2013-12-31, true,  true",
    "2013,        2013-01-01, 2013-12-31, true,  true",
    "2013?,       2013-06-01, 2014-06-30, false, true",
    "2012-12,     2013-01-01, 2013-12-31, false, false",
    "2013,        ,           2013-06-30, false, true",
    "2013,        2013-06-01, ,           false, true",
    "2013,        ,           2013-12-31, true,  true",
    "2013,        ,           ,           true,  true"
  })
  void aDateIsCertainlyWithinARangeOnlyWhenAllItsDaysAreAndPossiblyWhenAnyIs(
      String date, LocalDate from, LocalDate to, boolean certainly, boolean possibly) {
    PartialDate d = PartialDate.parse(date);

    assertThat(Within.CERTAINLY.holds(d, from, to)).isEqualTo(certainly);
    assertThat(Within.POSSIBLY.holds(d, from, to)).isEqualTo(possibly);
  }

  @Test
  void whatIsCertainlyWithinARangeIsAlsoPossiblyWithinIt() {
    LocalDate from = LocalDate.of(2013, 10, 1);
    LocalDate to = LocalDate.of(2013, 12, 31);
    for (LocalDate day = LocalDate.of(2012, 1, 1);
        day.isBefore(LocalDate.of(2015, 1, 1));
        day = day.plusDays(1)) {
      for (PartialDate d :
          new PartialDate[] {
            PartialDate.ofDay(day),
            PartialDate.parse(day.toString().substring(0, 7)),
            PartialDate.parse(day.toString().substring(0, 4))
          }) {
        if (Within.CERTAINLY.holds(d, from, to)) {
          assertThat(Within.POSSIBLY.holds(d, from, to)).as(d.toString()).isTrue();
        }
      }
    }
  }

  @Test
  void theStoreComparesTheEarliestDayWithFromWhenCertainAndTheLatestWhenPossible() {
    assertThat(Within.CERTAINLY.comparedWithFrom()).isEqualTo(Within.End.EARLIEST);
    assertThat(Within.CERTAINLY.comparedWithTo()).isEqualTo(Within.End.LATEST);
    assertThat(Within.POSSIBLY.comparedWithFrom()).isEqualTo(Within.End.LATEST);
    assertThat(Within.POSSIBLY.comparedWithTo()).isEqualTo(Within.End.EARLIEST);
  }

  @Test
  void eachWayIsNamedInAnyCaseAndNothingElseIsOne() {
    assertThat(Within.named("certainly")).contains(Within.CERTAINLY);
    assertThat(Within.named("POSSIBLY")).contains(Within.POSSIBLY);
    assertThat(Within.named("surely")).isEmpty();
    assertThat(Within.named(null)).isEmpty();
    assertThat(Within.DEFAULT).isEqualTo(Within.POSSIBLY);
    assertThat(Within.DESCRIPTION).isEqualTo("certainly or possibly");
  }
}
