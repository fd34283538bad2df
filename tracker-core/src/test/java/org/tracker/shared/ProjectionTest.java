package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionTest {

  private static final Projection REPORTS =
      Projection.streaming(
          "reports",
          2,
          List.of("report"),
          List.of("/api/reports/**", "/api/summary", "/api/export?format=csv"));

  @ParameterizedTest(name = "{0}?format={1} served: {2}")
  @CsvSource({
    "/api/reports,          ,     true",
    "/api/reports/2013,     ,     true",
    "/api/reports/2013/09,  ,     true",
    "/api/reportsX,         ,     false",
    "/api/summary,          ,     true",
    "/api/summary/today,    ,     false",
    "/api/export,           csv,  true",
    "/api/export,           ndjson, false",
    "/api/export,           ,     false",
    "/api/export/csv,       csv,  false",
    "/api/other,            ,     false"
  })
  void aReadIsServedWhenItsPathAndQueryMatchADeclaredRead(
      String path, String format, boolean served) {
    Map<String, String> parameters = format == null ? Map.of() : Map.of("format", format);

    assertThat(REPORTS.serves(path, parameters::get)).isEqualTo(served);
  }

  @Test
  void onlyAStreamingProjectionIsRebuildable() {
    assertThat(REPORTS.rebuildable()).isTrue();
    assertThat(Projection.inTheAppendingTransaction("registry", List.of("entry")).rebuildable())
        .isFalse();
  }

  @Test
  void aDeclarationNamesItsTablesAndWellFormedReads() {
    assertThatThrownBy(() -> Projection.streaming("reports", 1, List.of(), List.of()))
        .hasMessageContaining("tables");
    assertThatThrownBy(() -> Projection.streaming("Reports", 1, List.of("report"), List.of()))
        .hasMessageContaining("not a projection name");
    assertThatThrownBy(
            () -> Projection.streaming("reports", 1, List.of("report"), List.of("api/reports")))
        .hasMessageContaining("not a read path");
    assertThatThrownBy(
            () -> Projection.streaming("reports", 1, List.of("report"), List.of("/api/*/x")))
        .hasMessageContaining("not a read path");
    assertThatThrownBy(() -> Projection.streaming("reports", 0, List.of("report"), List.of()))
        .hasMessageContaining("needs segments");
  }

  @Test
  void aProjectionWrittenInTheAppendingTransactionServesNoGuardedRead() {
    assertThatThrownBy(
            () ->
                new Projection(
                    "registry",
                    Projection.Runs.IN_THE_APPENDING_TRANSACTION,
                    0,
                    List.of("entry"),
                    List.of("/api/entries")))
        .hasMessageContaining("never rebuilding");
  }
}
