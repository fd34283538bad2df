package org.tracker.development.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tracker.development.Capture;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentId;
import org.tracker.registry.api.Developments;

/** Recording and reading developments. */
@RestController
@RequestMapping("/api/developments")
@Tag(name = "Developments", description = "Record what happened, with its date, actors and sources")
public class DevelopmentController {

  private final Capture capture;
  private final Developments developments;

  public DevelopmentController(Capture capture, Developments developments) {
    this.capture = capture;
    this.developments = developments;
  }

  @Operation(
      summary = "Record one development",
      description =
          "201 with Location when recorded; 200 with the existing development when the same id"
              + " was already recorded with the same body; 409 when that id holds other content;"
              + " 400 naming every wrong field.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DevelopmentView> record(@RequestBody DevelopmentDraft draft) {
    Capture.Outcome outcome = capture.record(draft);
    DevelopmentView view = DevelopmentView.of(outcome.development());
    URI location = URI.create("/api/developments/" + view.id());
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(location)
        .body(view);
  }

  @Operation(summary = "One development as now known")
  @GetMapping("/{id}")
  public DevelopmentView find(@PathVariable String id) {
    DevelopmentId developmentId;
    try {
      developmentId = DevelopmentId.of(id);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no development " + id);
    }
    return developments
        .find(developmentId)
        .map(DevelopmentView::of)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no development " + id));
  }
}
