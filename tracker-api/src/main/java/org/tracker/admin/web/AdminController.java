package org.tracker.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.admin.ProjectionAdmin;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.projection.Projections;

/** Operators: the projections' state, and rebuilds. */
@RestController
@Tag(name = "Administration")
public class AdminController {

  private final ProjectionAdmin projections;

  public AdminController(ProjectionAdmin projections) {
    this.projections = projections;
  }

  @Operation(
      summary =
          "Each projection: state (RUNNING, REBUILDING, STOPPED, ERROR), position, lag behind the"
              + " head of the log, and a checksum of each of its tables")
  @GetMapping("/api/admin/projections")
  public List<ProjectionAdmin.Status> projections() {
    return projections.all();
  }

  @Operation(summary = "One projection's state")
  @GetMapping("/api/admin/projections/{name}")
  public ProjectionAdmin.Status projection(@PathVariable String name) {
    return projections.status(name).orElseThrow(() -> new NotFound("no projection '" + name + "'"));
  }

  @Operation(
      summary =
          "Rebuild a projection from the log; until it has caught up, what it serves answers 503"
              + " (REBUILDING) rather than half-built answers")
  @PostMapping("/api/admin/projections/{name}/rebuild")
  public ResponseEntity<ProjectionAdmin.Status> rebuild(@PathVariable String name) {
    if (projections.status(name).isEmpty()) {
      throw new NotFound(
          "no projection '" + name + "' (rebuildable: " + Projections.rebuildableNames() + ")");
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.rebuild(name));
  }
}
