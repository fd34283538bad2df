package org.tracker.relationship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.development.api.References;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.relationship.api.Dyad;
import org.tracker.relationship.api.FindRelationship;
import org.tracker.relationship.api.ListRelationships;
import org.tracker.relationship.api.RelationshipList;
import org.tracker.relationship.api.RelationshipView;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;

/** The state of relationships between actors, as of any date, as known at any moment. */
@RestController
@RequestMapping("/api/relationships")
@Tag(name = "Relationships", description = "Partnerships, agreements, contacts between two actors")
public class RelationshipController {

  private final QueryGateway queries;
  private final References references;
  private final TimeParameters time;

  public RelationshipController(QueryGateway queries, References references, TimeParameters time) {
    this.queries = queries;
    this.references = references;
    this.time = time;
  }

  @Operation(
      summary = "The relationship of two actors (order irrelevant)",
      description =
          "partnership (level, label, since, certainty) or null; agreementsInForce (id, title,"
              + " obligations, since, certainty, and parties: each of the two with its status,"
              + " since, certainty and own obligations) — every agreement both are parties to on"
              + " the day, whatever made each a party; agreementsPending (signed, ratified or"
              + " acceded to by both, not in force between them: id, title, state, since,"
              + " certainty, obligations, parties); lastContact (a visit or meeting, or a"
              + " partnership step made during one); counts, anomalies; basis: the development"
              + " ids behind the answer; and sharedMemberships: the organisations both are"
              + " members of, with each one's status. A person's visits, meetings and statements"
              + " count for the actor the person held a role for on their day.")
  @GetMapping("/{a}/{b}")
  public RelationshipView relationship(
      @PathVariable String a,
      @PathVariable String b,
      @Parameter(description = "the world on this day (default: today)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf,
      @Parameter(description = "as recorded at this instant (default: now)")
          @RequestParam(required = false)
          Instant knownAt) {
    ActorCode first = known("a", a);
    ActorCode second = known("b", b);
    if (first.equals(second)) {
      throw new BadRequest("b", "a relationship needs two different actors");
    }
    return queries
        .query(
            new FindRelationship(Dyad.of(first, second), time.asOf(asOf), time.knownAt(knownAt)),
            RelationshipView.class)
        .join();
  }

  @Operation(
      summary = "Every relationship of one actor, by counterpart",
      description =
          "Counterparts that are states, unless kind asks for others. A person holding a role for"
              + " the actor is not its counterpart: on the days the role holds, the person's"
              + " visits, meetings and statements are the actor's.")
  @GetMapping
  public RelationshipList relationships(
      @RequestParam String actor,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt,
      @Parameter(
              description =
                  "the counterparts' kinds: one or more of STATE, ORGANIZATION, PERSON, OTHER"
                      + " (repeated or comma-separated), or all; default STATE")
          @RequestParam(required = false)
          List<String> kind) {
    ActorCode code = known("actor", actor);
    Set<ActorKind> kinds = ActorKind.filter("kind", kind);
    return queries
        .query(
            new ListRelationships(code, time.asOf(asOf), time.knownAt(knownAt), kinds),
            RelationshipList.class)
        .join();
  }

  private ActorCode known(String field, String code) {
    ActorCode actor = TimeParameters.actor(field, code);
    if (!references.actorExists(actor)) {
      throw new NotFound("unknown actor " + code);
    }
    return actor;
  }
}
