package org.tracker.relationship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tracker.development.api.References;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.shared.ActorCode;

/** The state of relationships between actors. */
@RestController
@RequestMapping("/api/relationships")
@Tag(name = "Relationships", description = "Partnerships between two actors, as of any date")
public class RelationshipController {

  private final QueryGateway queries;
  private final References references;
  private final Clock clock;

  public RelationshipController(QueryGateway queries, References references, Clock clock) {
    this.queries = queries;
    this.references = references;
    this.clock = clock;
  }

  @Operation(summary = "The relationship of two actors (order irrelevant)")
  @GetMapping("/{a}/{b}")
  public RelationshipView relationship(
      @PathVariable String a,
      @PathVariable String b,
      @Parameter(description = "the world on this day (default: today)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    ActorCode first = known("a", a);
    ActorCode second = known("b", b);
    if (first.equals(second)) {
      throw new BadRequest("b", "a relationship needs two different actors");
    }
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    return queries
        .query(new FindRelationship(Dyad.of(first, second), day), RelationshipView.class)
        .join();
  }

  private ActorCode known(String field, String code) {
    if (!ActorCode.isValid(code)) {
      throw new BadRequest(field, "'" + code + "' is not an actor code");
    }
    ActorCode actor = ActorCode.of(code);
    if (!references.actorExists(actor)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown actor " + code);
    }
    return actor;
  }
}
