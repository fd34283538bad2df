package org.tracker.project.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.project.api.FindProject;
import org.tracker.project.api.ProjectView;

/** Projects (a pipeline and its lines): status, actual and planned milestones, quantities. */
@RestController
@Tag(name = "Projects")
public class ProjectController {

  private final QueryGateway queries;
  private final TimeParameters time;

  public ProjectController(QueryGateway queries, TimeParameters time) {
    this.queries = queries;
    this.time = time;
  }

  @Operation(
      summary = "A project as of a day: status, milestones (overdue flagged), quantities, lines")
  @GetMapping("/api/projects/{id}")
  public ProjectView project(
      @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    ProjectView view =
        queries
            .query(new FindProject(id, time.asOf(asOf), time.knownAt(knownAt)), ProjectView.class)
            .join();
    if (view == null) {
      throw new NotFound("no project " + id + " by then");
    }
    return view;
  }
}
