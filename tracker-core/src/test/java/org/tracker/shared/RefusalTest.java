package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.shared.Refusal.Category;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchStatus;
import org.tracker.watch.api.WatchTransitionRefused;

class RefusalTest {

  private static final FieldViolation DATE = new FieldViolation("date", "is required");
  private static final FieldViolation ACTOR = new FieldViolation("actors[1]", "unknown actor X");

  static Stream<Arguments> coreRefusals() {
    DevelopmentId id = DevelopmentId.of("0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a");
    WatchItemId item = WatchItemId.of("sco-bank");
    return Stream.of(
        Arguments.of(new InvalidDevelopment(List.of(DATE)), Category.INVALID),
        Arguments.of(new InvalidWatchItem(List.of(DATE)), Category.INVALID),
        Arguments.of(new InvalidPartialDate("2013-13", "month must be 01–12"), Category.INVALID),
        Arguments.of(new Invalid("reason", "is required: say why"), Category.INVALID),
        Arguments.of(new UnknownDevelopment(id.toString()), Category.NOT_FOUND),
        Arguments.of(new UnknownWatchItem("sco-bank"), Category.NOT_FOUND),
        Arguments.of(new IdAlreadyUsed(id, 1, 1), Category.CONFLICT),
        Arguments.of(new WatchItemIdInUse(item), Category.CONFLICT),
        Arguments.of(new DevelopmentRuleViolation("already retracted"), Category.RULE_VIOLATED),
        Arguments.of(
            new WatchTransitionRefused(item, WatchStatus.DROPPED, "resolved"),
            Category.RULE_VIOLATED));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("coreRefusals")
  void eachCoreRefusalSaysItsCategoryAndWhy(Refusal refusal, Category category) {
    assertThat(refusal.category()).isEqualTo(category);
    assertThat(refusal.detail()).isNotBlank().isEqualTo(refusal.getMessage());
  }

  @Test
  void aRefusalOfInputNamesEveryWrongFieldInItsDetail() {
    Refusal refusal = new InvalidDevelopment(List.of(DATE, ACTOR));

    assertThat(refusal.violations()).containsExactly(DATE, ACTOR);
    assertThat(refusal.detail()).isEqualTo("date: is required; actors[1]: unknown actor X");
    assertThat(refusal.properties()).isEmpty();
  }

  @Test
  void aGenericInvalidNamesItsOneField() {
    Refusal refusal = new Invalid("outcome", "is required");

    assertThat(refusal.violations()).containsExactly(new FieldViolation("outcome", "is required"));
    assertThat(refusal.detail()).isEqualTo("outcome: is required");
  }

  @Test
  void aRefusedWatchStepCarriesTheStateThatRefusedIt() {
    Refusal refusal =
        new WatchTransitionRefused(WatchItemId.of("sco-bank"), WatchStatus.RESOLVED, "dropped");

    assertThat(refusal.properties()).isEqualTo(Map.of("currentStatus", WatchStatus.RESOLVED));
    assertThat(refusal.detail())
        .isEqualTo("watch item sco-bank is RESOLVED; it cannot be dropped now");
    assertThat(refusal.violations()).isEmpty();
  }

  @Test
  void aRefusalWithoutFieldsHasNone() {
    Refusal refusal = new UnknownDevelopment("nothing-here");

    assertThat(refusal.violations()).isEmpty();
    assertThat(refusal.properties()).isEmpty();
    assertThat(refusal.detail()).isEqualTo("no development nothing-here");
  }
}
