package org.tracker.development.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracker.shared.LocalizedText;

class LadderTest {

  private static final Ladder DEFAULTS = Ladder.defaults();

  private static Rung rung(String code, int rank) {
    return new Rung(code, rank, LocalizedText.of(Map.of("en", code.toLowerCase())));
  }

  @Test
  void theDefaultLadderKeepsTheFirstSixRungsWithTheirRanksAndChinasUsualRungsBetweenAndAbove() {
    assertThat(DEFAULTS.codes())
        .containsExactly(
            "NONE",
            "PARTNERSHIP",
            "COOPERATIVE_PARTNERSHIP",
            "COMPREHENSIVE_COOPERATIVE_PARTNERSHIP",
            "STRATEGIC_PARTNERSHIP",
            "STRATEGIC_COOPERATIVE_PARTNERSHIP",
            "COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
            "COMPREHENSIVE_STRATEGIC_COOPERATIVE_PARTNERSHIP",
            "PERMANENT_COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
            "COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION",
            "COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION_NEW_ERA",
            "ALL_WEATHER_STRATEGIC_PARTNERSHIP",
            "ALL_WEATHER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
            "ALL_WEATHER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP_NEW_ERA");
    assertThat(
            List.of(
                    "NONE",
                    "PARTNERSHIP",
                    "STRATEGIC_PARTNERSHIP",
                    "COMPREHENSIVE_STRATEGIC_PARTNERSHIP",
                    "COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION",
                    "ALL_WEATHER_STRATEGIC_PARTNERSHIP")
                .stream()
                .map(code -> DEFAULTS.rung(code).orElseThrow().rank()))
        .as("the first six rungs keep the ranks recorded developments were compared by")
        .containsExactly(0, 10, 20, 30, 40, 50);
    assertThat(DEFAULTS.none().code()).isEqualTo(Ladder.NONE);
    assertThat(DEFAULTS.registered()).isEmpty();
  }

  @Test
  void everyDefaultRungIsNamedInEnglishAndBothChineseScripts() {
    Rung strategic = DEFAULTS.rung("STRATEGIC_PARTNERSHIP").orElseThrow();
    Rung permanent = DEFAULTS.rung("PERMANENT_COMPREHENSIVE_STRATEGIC_PARTNERSHIP").orElseThrow();
    Rung newEra =
        DEFAULTS.rung("COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION_NEW_ERA").orElseThrow();
    Rung allWeather = DEFAULTS.rung("ALL_WEATHER_STRATEGIC_PARTNERSHIP").orElseThrow();

    assertThat(strategic.name().en()).isEqualTo("strategic partnership");
    assertThat(strategic.name().zhHant()).isEqualTo("戰略夥伴關係");
    assertThat(strategic.name().zhHans()).isEqualTo("战略伙伴关系");
    assertThat(permanent.name().zhHant()).isEqualTo("永久全面戰略夥伴關係");
    assertThat(permanent.name().zhHans()).isEqualTo("永久全面战略伙伴关系");
    assertThat(newEra.name().zhHans()).isEqualTo("新时代全面战略协作伙伴关系");
    assertThat(allWeather.name().en()).isEqualTo("all-weather strategic cooperative partnership");
    assertThat(DEFAULTS.rungs())
        .allSatisfy(
            r -> assertThat(r.name().tags()).containsExactlyInAnyOrder("en", "zh-Hant", "zh-Hans"));
  }

  @Test
  void aRegisteredRungSitsBetweenTheTwoItsRankFallsBetween() {
    Ladder ladder = DEFAULTS.with(List.of(rung("CLOSE_PARTNERSHIP", 25)));

    assertThat(ladder.codes())
        .containsSubsequence(
            "STRATEGIC_PARTNERSHIP", "CLOSE_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
    Rung between = ladder.rung("CLOSE_PARTNERSHIP").orElseThrow();
    assertThat(between.isAbove(ladder.rung("STRATEGIC_PARTNERSHIP").orElseThrow())).isTrue();
    assertThat(ladder.rung("COMPREHENSIVE_STRATEGIC_PARTNERSHIP").orElseThrow().isAbove(between))
        .isTrue();
    assertThat(ladder.registered()).containsExactly(between);
    assertThat(DEFAULTS.rung("CLOSE_PARTNERSHIP")).as("the defaults are unchanged").isEmpty();
  }

  @Test
  void aRungRegisteredBeforeADefaultOfItsCodeOrRankWasAddedStandsInForThatDefault() {
    Ladder ladder =
        DEFAULTS.with(
            List.of(
                rung("COMPREHENSIVE_STRATEGIC_COOPERATIVE_PARTNERSHIP", 27),
                rung("GOOD_NEIGHBOURLY_PARTNERSHIP", 37)));

    assertThat(ladder.rung("COMPREHENSIVE_STRATEGIC_COOPERATIVE_PARTNERSHIP").orElseThrow().rank())
        .isEqualTo(27);
    assertThat(ladder.rung("PERMANENT_COMPREHENSIVE_STRATEGIC_PARTNERSHIP"))
        .as("the default of rank 37 gives way")
        .isEmpty();
    assertThat(ladder.registered()).extracting(Rung::rank).containsExactly(27, 37);
  }

  @Test
  void aRungCollidingWithADefaultCodeIsRefused() {
    assertThatThrownBy(() -> DEFAULTS.with(List.of(rung("STRATEGIC_PARTNERSHIP", 25))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("STRATEGIC_PARTNERSHIP is already a rung of the ladder");
  }

  @Test
  void aRankAnotherRungHasIsRefusedWhetherDefaultOrRegistered() {
    Ladder ladder = DEFAULTS.with(List.of(rung("CLOSE", 25)));

    assertThat(ladder.rankRefusal(20))
        .contains("rank 20 is STRATEGIC_PARTNERSHIP's; every rung has a rank of its own");
    assertThat(ladder.rankRefusal(25))
        .contains("rank 25 is CLOSE's; every rung has a rank of its own");
    assertThat(ladder.rankRefusal(26)).isEmpty();
    assertThatThrownBy(() -> ladder.with(List.of(rung("CLOSER", 25))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void aRungCannotSitAtOrBelowNone(int rank) {
    assertThat(DEFAULTS.rankRefusal(rank)).contains("must be above NONE's rank (0)");
  }

  @Test
  void withoutARegisteredRungItsCodeAndRankAreFreeAgainButDefaultsStay() {
    Ladder ladder = DEFAULTS.with(List.of(rung("CLOSE", 25)));

    Ladder kept = ladder.without("CLOSE");

    assertThat(kept.rung("CLOSE")).isEmpty();
    assertThat(kept.rankRefusal(25)).isEmpty();
    assertThat(ladder.without("PARTNERSHIP").codes()).isEqualTo(ladder.codes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"close", "CLOSE-PARTNER", "_CLOSE", "CLOSE__PARTNER", "CLOSE_", "1CLOSE"})
  void aRungsCodeIsUpperSnake(String code) {
    assertThat(Rung.isCode(code)).isFalse();
    assertThatThrownBy(() -> rung(code, 25)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRungReadsAsItsCode() {
    assertThat(DEFAULTS.none()).hasToString("NONE");
    assertThat(Rung.isCode("ALL_WEATHER_STRATEGIC_PARTNERSHIP_2")).isTrue();
  }
}
