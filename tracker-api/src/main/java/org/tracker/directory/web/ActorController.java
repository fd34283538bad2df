package org.tracker.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.directory.api.Directory;
import org.tracker.fact.api.Facts;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.shared.ActorCode;

/** Actors and documents: who they are, and how much Tracker knows about them. */
@RestController
@Tag(name = "Actors")
public class ActorController {

  /** An actor's profile: names in both languages, kind, and developments by type by then. */
  public record ActorProfile(
      String code,
      String kind,
      Map<String, String> name,
      LocalDate asOf,
      Map<String, Long> developments) {}

  private final Directory directory;
  private final Facts facts;
  private final TimeParameters time;

  public ActorController(Directory directory, Facts facts, TimeParameters time) {
    this.directory = directory;
    this.facts = facts;
    this.time = time;
  }

  @Operation(summary = "Every registered actor")
  @GetMapping("/api/actors")
  public List<Directory.Actor> actors() {
    return directory.actors();
  }

  @Operation(summary = "Every registered source document (what a development's sources cite)")
  @GetMapping("/api/documents")
  public List<Directory.Document> documents() {
    return directory.documents();
  }

  @Operation(summary = "An actor's profile: names and counts of developments by type, as of a day")
  @GetMapping("/api/actors/{code}")
  public ActorProfile actor(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    ActorCode actor = TimeParameters.actor("code", code);
    Directory.Actor found =
        directory.actor(actor.code()).orElseThrow(() -> new NotFound("unknown actor " + code));
    LocalDate day = time.asOf(asOf);
    return new ActorProfile(
        found.code(),
        found.kind(),
        Map.of("en", found.nameEn(), "zh-Hant", found.nameZhHant()),
        day,
        facts.countByType(actor, day, time.knownAt(knownAt)));
  }
}
