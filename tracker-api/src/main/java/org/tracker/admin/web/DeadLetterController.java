package org.tracker.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.admin.DeadLetters;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.projection.Projections;

/** Operators: events a projection could not handle, parked with their error; retry or evict. */
@RestController
@Tag(name = "Administration")
public class DeadLetterController {

  /** Why a sequence is evicted (kept in the log of the application). */
  public record EvictionRequest(String reason) {}

  /** Every parked event, in order. */
  public record DeadLetterList(List<DeadLetters.Letter> deadLetters, int count) {}

  private final DeadLetters deadLetters;
  private final Authorship authorship;

  public DeadLetterController(DeadLetters deadLetters, Authorship authorship) {
    this.deadLetters = deadLetters;
    this.authorship = authorship;
  }

  @Operation(
      summary =
          "Events a projection could not handle, with the error: sequence (the development or"
              + " watch item), index in it, event id, log position, type, cause")
  @GetMapping("/api/admin/dead-letters")
  public DeadLetterList list(@RequestParam(required = false) String projection) {
    if (projection != null) {
      known(projection);
    }
    List<DeadLetters.Letter> letters = deadLetters.list(projection);
    return new DeadLetterList(letters, letters.size());
  }

  @Operation(summary = "Hand every parked sequence of a projection to it again, once each")
  @PostMapping("/api/admin/dead-letters/{projection}/retry")
  public DeadLetters.Retry retryAll(@PathVariable String projection) {
    known(projection);
    return deadLetters.retryAll(projection);
  }

  @Operation(
      summary =
          "Hand one parked sequence to the projection again, in order; what still fails stays"
              + " parked with its new cause")
  @PostMapping("/api/admin/dead-letters/{projection}/{sequence}/retry")
  public DeadLetters.Retry retry(@PathVariable String projection, @PathVariable String sequence) {
    parked(projection, sequence);
    return deadLetters.retry(projection, sequence);
  }

  @Operation(
      summary =
          "Remove a parked sequence without handling it (a reason is required); the projection"
              + " will not hold those events until it is rebuilt")
  @PostMapping(
      path = "/api/admin/dead-letters/{projection}/{sequence}/eviction",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> evict(
      @PathVariable String projection,
      @PathVariable String sequence,
      @RequestBody EvictionRequest request) {
    parked(projection, sequence);
    if (request.reason() == null || request.reason().isBlank()) {
      throw new BadRequest("reason", "say why these events are evicted");
    }
    int evicted =
        deadLetters.evict(projection, sequence, authorship.author(), request.reason().strip());
    return Map.of("projection", projection, "sequence", sequence, "evicted", evicted);
  }

  private void known(String projection) {
    if (!deadLetters.keptFor(projection)) {
      throw new NotFound(
          "no projection '" + projection + "' (" + Projections.rebuildableNames() + ")");
    }
  }

  private void parked(String projection, String sequence) {
    known(projection);
    if (!deadLetters.holds(projection, sequence)) {
      throw new NotFound(
          "projection '" + projection + "' has no parked sequence '" + sequence + "'");
    }
  }
}
