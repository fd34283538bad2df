package org.tracker.development.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reported quantity of a project: what is measured, the figure and its unit, whether it is a
 * running total, and whether it was reported ({@code ACTUAL}, also when the report does not say) or
 * is only expected ({@code PLANNED}).
 */
public record QuantityReport(
    String projectId,
    String quantity,
    BigDecimal value,
    String unit,
    boolean cumulative,
    String status)
    implements Terms {

  public QuantityReport {
    status = status == null ? "ACTUAL" : status;
  }

  @Override
  public String subject() {
    return projectId;
  }

  @Override
  public List<String> searchable() {
    return List.of();
  }
}
