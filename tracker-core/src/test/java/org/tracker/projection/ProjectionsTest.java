package org.tracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracker.shared.Projection;

class ProjectionsTest {

  @Test
  void theStreamingProjectionsAreTheRebuildableOnesInTheirDeclaredOrder() {
    assertThat(Projections.rebuildableNames())
        .isEqualTo("facts, catalog, watch-items, watch-rules");
    assertThat(Projections.rebuildable("facts").orElseThrow().tables())
        .containsExactly("fact", "fact_actor", "fact_dyad");
    assertThat(Projections.rebuildable("directory")).isEmpty();
    assertThat(Projections.rebuildable("nope")).isEmpty();
  }

  @Test
  void eachReadIsServedByTheProjectionThatDeclaresIt() {
    Map<String, String> plover = Map.of("format", "plover");
    assertThat(Projections.serving("/api/timeline", name -> null))
        .map(Projection::name)
        .contains("facts");
    assertThat(Projections.serving("/api/relationships/CHN/KAZ", name -> null))
        .map(Projection::name)
        .contains("facts");
    assertThat(Projections.serving("/api/export", plover::get))
        .map(Projection::name)
        .contains("catalog");
    assertThat(Projections.serving("/api/watch-items", name -> null))
        .map(Projection::name)
        .contains("watch-items");
    assertThat(Projections.serving("/api/watch-items/watch-x", name -> null)).isEmpty();
    assertThat(Projections.serving("/api/export", name -> null)).isEmpty();
    assertThat(Projections.serving("/api/audit/log", name -> null)).isEmpty();
  }

  @Test
  void twoProjectionsCannotShareANameATableOrARead() {
    Projection reports = Projection.streaming("reports", 1, List.of("report"), List.of("/api/r"));
    assertThatThrownBy(
            () ->
                Projections.distinct(
                    List.of(
                        reports, Projection.streaming("reports", 1, List.of("other"), List.of()))))
        .hasMessageContaining("'reports' is declared by two projections");
    assertThatThrownBy(
            () ->
                Projections.distinct(
                    List.of(
                        reports, Projection.streaming("other", 1, List.of("report"), List.of()))))
        .hasMessageContaining("'report' is declared by two projections");
    assertThatThrownBy(
            () ->
                Projections.distinct(
                    List.of(
                        reports,
                        Projection.streaming("other", 1, List.of("other"), List.of("/api/r")))))
        .hasMessageContaining("'/api/r' is declared by two projections");
  }
}
