package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateQualifierTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2018?,       UNCERTAIN",
    "2013-09~,    APPROXIMATE",
    "2013-09-07%, UNCERTAIN_AND_APPROXIMATE",
    "2014-01-01?, UNCERTAIN"
  })
  void aQualifiedDateSaysHowItsSourceHedgedIt(String text, DateQualifier expected) {
    assertThat(DateQualifier.of(PartialDate.parse(text))).isEqualTo(expected);
    assertThat(DateQualifier.of(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' has no qualifier")
  @NullAndEmptySource
  @ValueSource(strings = {"2018", "2013-09", "2013-09-12", "not a date?", "2013-13?"})
  void anUnqualifiedAbsentOrMalformedDateHasNone(String text) {
    assertThat(DateQualifier.of(text)).isNull();
  }

  @Test
  void anUnqualifiedPartialDateHasNone() {
    assertThat(DateQualifier.of(PartialDate.parse("2018"))).isNull();
    assertThat(DateQualifier.of((PartialDate) null)).isNull();
  }

  @Test
  void anUncertainDateLongPastIsStillCertainToHaveComeAndGone() {
    PartialDate date = PartialDate.parse("2018?");

    assertThat(Certainty.of(date, LocalDate.of(2020, 1, 1))).isEqualTo(Certainty.CERTAIN);
    assertThat(DateQualifier.of(date)).isEqualTo(DateQualifier.UNCERTAIN);
  }
}
