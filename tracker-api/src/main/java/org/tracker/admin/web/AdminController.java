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

/** Operators: the projections' state, rebuilds and verifications. */
@RestController
@Tag(name = "Administration")
public class AdminController {

  private final ProjectionAdmin projections;

  public AdminController(ProjectionAdmin projections) {
    this.projections = projections;
  }

  @Operation(
      summary =
          "Each projection: state (RUNNING, REBUILDING, VERIFYING, FIRST_BUILD, STOPPED, ERROR),"
              + " position, lag behind the head of the log, a checksum of each of its tables, its"
              + " live and spare generations and what the last rebuild or verification found")
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
          "Rebuild a projection from the log into its spare generation while the live one keeps"
              + " answering; when the spare has caught up it becomes live (409 while a rebuild or"
              + " verification of it runs)")
  @PostMapping("/api/admin/projections/{name}/rebuild")
  public ResponseEntity<ProjectionAdmin.Status> rebuild(@PathVariable String name) {
    known(name);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.rebuild(name));
  }

  @Operation(
      summary =
          "Verify a projection: replay the log into its spare generation and compare it, row by"
              + " row, with the live one at the same position; the projection's lastReport says"
              + " whether they are equal and names rows that differ")
  @PostMapping("/api/admin/projections/{name}/verification")
  public ResponseEntity<ProjectionAdmin.Status> verify(@PathVariable String name) {
    known(name);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.verify(name));
  }

  private void known(String name) {
    if (!projections.exists(name)) {
      throw new NotFound(
          "no projection '" + name + "' (rebuildable: " + Projections.rebuildableNames() + ")");
    }
  }
}
