package org.tracker.organization.web;

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
import org.tracker.development.api.References;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.organization.api.FindMemberships;
import org.tracker.organization.api.FindOrganization;
import org.tracker.organization.api.MembershipList;
import org.tracker.organization.api.OrganizationView;
import org.tracker.shared.ActorCode;

/**
 * Organisations: members by status, founding, summits, documents, bodies; an actor's memberships.
 */
@RestController
@Tag(name = "Organizations")
public class OrganizationController {

  private final QueryGateway queries;
  private final References references;
  private final TimeParameters time;

  public OrganizationController(QueryGateway queries, References references, TimeParameters time) {
    this.queries = queries;
    this.references = references;
    this.time = time;
  }

  @Operation(
      summary = "An organisation as of a day: members (actor, status, since, certainty) and more")
  @GetMapping("/api/organizations/{code}")
  public OrganizationView organization(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    ActorCode actor = TimeParameters.actor("code", code);
    if (!references.actorExists(actor)) {
      throw new NotFound("unknown organization " + code);
    }
    return queries
        .query(
            new FindOrganization(actor, time.asOf(asOf), time.knownAt(knownAt)),
            OrganizationView.class)
        .join();
  }

  @Operation(
      summary = "An actor's memberships as of a day",
      description =
          "Every organisation the actor is a member of, or was (status NONE): organization,"
              + " status, since, certainty, lastKnown (the status known before an UNKNOWN or a"
              + " NONE) and basis (the development ids behind it).")
  @GetMapping("/api/actors/{code}/memberships")
  public MembershipList memberships(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    ActorCode actor = TimeParameters.actor("code", code);
    if (!references.actorExists(actor)) {
      throw new NotFound("unknown actor " + code);
    }
    return queries
        .query(
            new FindMemberships(actor, time.asOf(asOf), time.knownAt(knownAt)),
            MembershipList.class)
        .join();
  }
}
