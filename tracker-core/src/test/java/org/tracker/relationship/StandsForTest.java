package org.tracker.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_SIGNED;
import static org.tracker.development.api.DevelopmentType.MEETING;
import static org.tracker.development.api.DevelopmentType.ROLE_ASSUMED;
import static org.tracker.development.api.DevelopmentType.ROLE_ENDED;
import static org.tracker.development.api.DevelopmentType.STATEMENT;
import static org.tracker.development.api.DevelopmentType.VISIT;
import static org.tracker.testing.FactFixtures.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracker.fact.api.Fact;
import org.tracker.shared.ActorCode;
import org.tracker.shared.PartialDate;

class StandsForTest {

  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode WANG = ActorCode.of("WANG-YI");
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  /**
   * A role taken up (and perhaps left) on partially dated days, and a visit on another: whether the
   * visit counts for CHN. It does when some day of it may fall inside the role: from the role's
   * first possible day, until the last possible day of its end.
   */
  @ParameterizedTest(name = "[{index}] role {0}–{1}, visit {2}: {3}")
  @CsvSource({
    "2013-03-16, ,           2013-03-16, true",
    "2013-03-16, ,           2013-03-15, false",
    "2013-03,    ,           2013-03-01, true",
    "2013,       ,           2013,       true",
    "2013-03,    ,           2013,       true",
    "2013-03-16, ,           2013-02,    false",
    "2013-03-16, 2018-03-19, 2018-03-18, true",
    "2013-03-16, 2018-03-19, 2018-03-19, false",
    "2013-03-16, 2018-03,    2018-03-25, true",
    "2013-03-16, 2018-03,    2018-04-01, false",
    "2013-03-16, 2018,       2018-12,    true",
    "2013-03-16, 2018-03-19, 2018,       true",
    "2013-03-16, 2018-03-19, 2019,       false"
  })
  void aPersonsVisitCountsForTheStateOnTheDaysTheRoleMayHold(
      String from, String until, String visited, boolean counts) {
    List<Fact> roles = new ArrayList<>();
    roles.add(role(ROLE_ASSUMED, from));
    if (until != null) {
      roles.add(role(ROLE_ENDED, until));
    }
    Fact visit = fact(VISIT, visited, "WANG-YI TKM");

    Fact resolved = StandsFor.of(roles, LONG_AFTER).resolve(visit);

    assertThat(resolved.actors().contains(CHN)).isEqualTo(counts);
    assertThat(StandsFor.of(roles, LONG_AFTER).standsFor(WANG, CHN, PartialDate.parse(visited)))
        .isEqualTo(counts);
  }

  @Test
  void aVisitMeetingOrStatementAlsoNamesTheStateAndNothingElseChanges() {
    StandsFor roles = StandsFor.of(List.of(role(ROLE_ASSUMED, "2013-03")), LONG_AFTER);
    Fact meeting = fact(MEETING, "2014", "KAZ WANG-YI");
    Fact statement = fact(STATEMENT, "2014", "WANG-YI");
    Fact alreadyNamed = fact(VISIT, "2014", "WANG-YI CHN TKM");
    Fact signed = fact(AGREEMENT_SIGNED, "2014", "WANG-YI KAZ", "agreementId", "a", "title", "A");

    Fact resolved = roles.resolve(meeting);

    assertThat(resolved.actors())
        .extracting(ActorCode::code)
        .containsExactly("KAZ", "WANG-YI", "CHN");
    assertThat(resolved.id()).isEqualTo(meeting.id());
    assertThat(resolved.position()).isEqualTo(meeting.position());
    assertThat(resolved.content().attributes()).isEqualTo(meeting.content().attributes());
    assertThat(roles.resolve(statement).actors()).contains(CHN);
    assertThat(roles.resolve(alreadyNamed)).isSameAs(alreadyNamed);
    assertThat(roles.resolve(signed)).as("only what a person says or does for it").isSameAs(signed);
  }

  @Test
  void anEndRecordedAfterTheDayAskedAboutLeavesTheRoleHolding() {
    List<Fact> roles = List.of(role(ROLE_ASSUMED, "2013-03"), role(ROLE_ENDED, "2018-03"));
    Fact visit = fact(VISIT, "2019", "WANG-YI TKM");

    assertThat(StandsFor.of(roles, LocalDate.of(2019, 6, 1)).resolve(visit).actors())
        .doesNotContain(CHN);
    assertThat(StandsFor.of(roles, LocalDate.of(2018, 1, 1)).representatives())
        .containsExactly(WANG);
    assertThat(
            StandsFor.of(roles, LocalDate.of(2018, 1, 1))
                .standsFor(WANG, CHN, PartialDate.parse("2019")))
        .as("as of early 2018 the end is not known to have happened")
        .isTrue();
    assertThat(StandsFor.of(roles, LocalDate.of(2013, 2, 1)).representatives()).isEmpty();
  }

  @Test
  void aSecondTermIsASecondTenureAndAnotherRoleIsAnother() {
    List<Fact> roles =
        List.of(
            role(ROLE_ASSUMED, "2008"),
            role(ROLE_ENDED, "2010"),
            role(ROLE_ASSUMED, "2013"),
            fact(ROLE_ASSUMED, "2011", "WANG-YI", "for", "UN", "role", "ENVOY"),
            fact(ROLE_ENDED, "2012", "WANG-YI", "for", "UN", "role", "ENVOY"));
    StandsFor standsFor = StandsFor.of(roles, LONG_AFTER);

    assertThat(standsFor.resolve(fact(VISIT, "2009", "WANG-YI TKM")).actors()).contains(CHN);
    assertThat(standsFor.resolve(fact(VISIT, "2011-06", "WANG-YI TKM")).actors())
        .doesNotContain(CHN)
        .contains(ActorCode.of("UN"));
    assertThat(standsFor.resolve(fact(VISIT, "2015", "WANG-YI TKM")).actors())
        .contains(CHN)
        .doesNotContain(ActorCode.of("UN"));
  }

  private static Fact role(org.tracker.development.api.DevelopmentType type, String date) {
    return fact(type, date, "WANG-YI", "for", "CHN", "role", "FOREIGN_MINISTER");
  }
}
