package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorKindTest {

  @Test
  void aRegistrationNamesOneOfFourKindsOrGroupFromOlderLogs() {
    assertThat(ActorKind.registrable())
        .containsExactly("STATE", "ORGANIZATION", "PERSON", "OTHER", "GROUP");
    assertThat(ActorKind.of("GROUP")).isEqualTo(ActorKind.OTHER);
    assertThat(ActorKind.of("PERSON")).isEqualTo(ActorKind.PERSON);
    assertThat(ActorKind.named("CITY")).isEmpty();
    assertThatThrownBy(() -> ActorKind.of("CITY")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAFilterOnlyStatesAreAskedFor() {
    assertThat(ActorKind.filter("kind", null)).containsExactly(ActorKind.STATE);
    assertThat(ActorKind.filter("kind", List.of())).containsExactly(ActorKind.STATE);
  }

  @ParameterizedTest(name = "[{index}] {0} asks for {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PERSON             | [PERSON]",
        "organization       | [ORGANIZATION]",
        "STATE;OTHER        | [STATE, OTHER]",
        "all                | [STATE, ORGANIZATION, PERSON, OTHER]",
        "ALL;PERSON         | [STATE, ORGANIZATION, PERSON, OTHER]",
        "group              | [OTHER]"
      })
  void aFilterNamesKindsInAnyCaseOrAll(String values, String kinds) {
    assertThat(ActorKind.filter("kind", List.of(values.split(";"))).toString()).isEqualTo(kinds);
  }

  @Test
  void aFilterNamingSomethingElseIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ActorKind.filter("kind", List.of("STATE", "city", "")))
        .isInstanceOfSatisfying(
            Invalid.class,
            refused -> {
              assertThat(refused.violations())
                  .extracting(FieldViolation::field)
                  .containsExactly("kind");
              assertThat(refused.violations().get(0).message())
                  .startsWith("'city', '' are not kinds; one or more of [STATE, ORGANIZATION,");
            });
  }
}
