package org.tracker.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.ProblemDetail;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;
import org.tracker.shared.Refusal.Category;

class ProblemAdviceTest {

  private final ProblemAdvice advice = new ProblemAdvice();

  /** A refusal of any category, as a feature would throw it. */
  private static final class Refused extends Refusal {
    Refused(Category category, String detail, Map<String, Object> properties) {
      super(category, detail, List.of(), properties, null);
    }

    Refused(Category category, List<FieldViolation> violations) {
      super(category, violations);
    }
  }

  @ParameterizedTest(name = "{0} is answered {1}")
  @CsvSource({
    "INVALID,       400",
    "NOT_FOUND,     404",
    "CONFLICT,      409",
    "RULE_VIOLATED, 409",
    "TOO_LARGE,     413",
    "FORBIDDEN,     403",
    "TOO_MANY,      429",
    "TOO_SLOW,      408",
    "UNAVAILABLE,   503"
  })
  void aRefusalIsAnsweredByItsCategory(Category category, int status) {
    ProblemDetail problem = advice.refused(new Refused(category, "why not", Map.of()));

    assertThat(problem.getStatus()).isEqualTo(status);
    assertThat(problem.getTitle()).isEqualTo(Answer.to(category).title());
    assertThat(problem.getDetail()).isEqualTo("why not");
    assertThat(problem.getProperties()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void everyCategoryHasItsOwnTitle(Category category) {
    assertThat(
            java.util.Arrays.stream(Category.values())
                .filter(other -> other != category)
                .map(other -> Answer.to(other).title()))
        .doesNotContain(Answer.to(category).title());
  }

  @Test
  void wrongInputNamesEveryFieldAsErrorsAndInTheDetail() {
    List<FieldViolation> violations =
        List.of(
            new FieldViolation("date", "is required"),
            new FieldViolation("actors[1]", "unknown actor X"));

    ProblemDetail problem = advice.refused(new Refused(Category.INVALID, violations));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getDetail()).isEqualTo("date: is required; actors[1]: unknown actor X");
    assertThat(problem.getProperties()).containsEntry("errors", violations).hasSize(1);
  }

  @Test
  void theFactsARefusalCarriesAreMembersOfTheAnswer() {
    ProblemDetail problem =
        advice.refused(
            new Refused(
                Category.RULE_VIOLATED, "it is dropped", Map.of("currentStatus", "DROPPED")));

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getProperties()).isEqualTo(Map.of("currentStatus", "DROPPED"));
  }
}
