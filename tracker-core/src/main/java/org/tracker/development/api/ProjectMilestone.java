package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.PartialDate;

/**
 * A project's milestone: which one, whether it happened ({@code ACTUAL}) or is only expected
 * ({@code PLANNED}, then with the date it is expected by).
 */
public record ProjectMilestone(
    String projectId, String milestone, String status, PartialDate expected) implements Terms {

  public boolean actual() {
    return "ACTUAL".equals(status);
  }

  public boolean planned() {
    return "PLANNED".equals(status);
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
