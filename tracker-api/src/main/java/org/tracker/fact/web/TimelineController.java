package org.tracker.fact.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.SourceView;
import org.tracker.directory.api.Directory;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.fact.api.TimelinePage;
import org.tracker.fact.api.TimelineQuery;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.DateQualifier;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.InvalidPartialDate;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Within;

/** The timeline: developments in world order, filtered, paged. */
@RestController
@Tag(name = "Timeline")
public class TimelineController {

  public static final int MAX_PAGE_SIZE = 200;
  public static final int MAX_TEXT = 200;

  /** One development on the timeline, as known at the moment asked. */
  public record Item(
      String id,
      int version,
      String type,
      String date,
      Certainty certainty,
      List<String> actors,
      Map<String, Object> attributes,
      LocalizedText summary,
      List<SourceView> sources,
      Instant recordedAt) {

    /** How the source hedged the date (see {@link DateQualifier}); absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public DateQualifier dateQualifier() {
      return DateQualifier.of(date);
    }
  }

  /** A page of the timeline with the number of matching developments in all. */
  public record Page(List<Item> items, long total, int page, int size) {}

  private final Facts facts;
  private final TimeParameters time;
  private final Directory directory;

  public TimelineController(Facts facts, TimeParameters time, Directory directory) {
    this.facts = facts;
    this.time = time;
    this.directory = directory;
  }

  @Operation(
      summary = "The timeline",
      description =
          "Filters: actor, partner (with actor: developments naming both), type"
              + " (repeatable), from and to (partial dates), within (possibly, the default: a"
              + " development whose date range overlaps from..to counts; certainly: only one"
              + " whose whole range lies inside, so 2013 is possibly but not certainly within"
              + " 2013-10..2013-12), text (a substring of either language's summary, the"
              + " quotes, labels and titles, any script; or exactly a development's id, or the"
              + " id or code of what it is about, such as an agreement or a project), asOf"
              + " (only what had happened by then, with its certainty), knownAt (as recorded"
              + " then). Ordered by date, then by position in the log; paged from 0.")
  @GetMapping("/api/timeline")
  public Page timeline(
      @RequestParam(required = false) String actor,
      @Parameter(description = "with actor: only developments naming both")
          @RequestParam(required = false)
          String partner,
      @RequestParam(required = false) List<String> type,
      @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD") @RequestParam(required = false)
          String to,
      @Parameter(description = "certainly or possibly (default) within from..to")
          @RequestParam(required = false)
          String within,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<FieldViolation> problems = new ArrayList<>();
    ActorCode actorCode = null;
    if (actor != null) {
      if (ActorCode.isValid(actor)) {
        actorCode = ActorCode.of(actor);
      } else {
        problems.add(new FieldViolation("actor", "'" + actor + "' is not an actor code"));
      }
    }
    ActorCode partnerCode = partner(partner, actor, actorCode, problems);
    Set<DevelopmentType> types = EnumSet.noneOf(DevelopmentType.class);
    for (String name : type == null ? List.<String>of() : type) {
      DevelopmentType.named(name)
          .ifPresentOrElse(
              types::add,
              () -> problems.add(new FieldViolation("type", "'" + name + "' is not a type")));
    }
    LocalDate fromDay = day("from", from, problems, true);
    LocalDate toDay = day("to", to, problems, false);
    Within withinRange = Within.DEFAULT;
    if (within != null) {
      withinRange = Within.named(within).orElse(null);
      if (withinRange == null) {
        problems.add(new FieldViolation("within", "'" + within + "' is not " + Within.DESCRIPTION));
      }
    }
    if (text != null && text.length() > MAX_TEXT) {
      problems.add(new FieldViolation("text", "is longer than " + MAX_TEXT + " characters"));
    }
    if (page < 0) {
      problems.add(new FieldViolation("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      problems.add(new FieldViolation("size", "must be 1–" + MAX_PAGE_SIZE));
    }
    if (!problems.isEmpty()) {
      throw new BadRequest(problems);
    }
    LocalDate day = time.asOf(asOf);
    TimelinePage result =
        facts.timeline(
            new TimelineQuery(
                actorCode,
                partnerCode,
                types,
                fromDay,
                toDay,
                withinRange,
                text,
                asOf,
                time.knownAt(knownAt),
                page,
                size));
    Map<String, String> reliabilities =
        directory.reliabilities(
            result.items().stream()
                .flatMap(f -> f.content().sources().stream())
                .map(Citation::document)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return new Page(
        result.items().stream().map(f -> item(f, day, reliabilities)).toList(),
        result.total(),
        result.page(),
        result.size());
  }

  /** The partner asked for: an actor code, other than the actor's, only beside an actor. */
  private static ActorCode partner(
      String partner, String actor, ActorCode actorCode, List<FieldViolation> problems) {
    if (partner == null) {
      return null;
    }
    if (!ActorCode.isValid(partner)) {
      problems.add(new FieldViolation("partner", "'" + partner + "' is not an actor code"));
      return null;
    }
    if (actor == null) {
      problems.add(new FieldViolation("partner", "needs an actor to pair with (actor=…)"));
      return null;
    }
    if (partner.equals(actor)) {
      problems.add(new FieldViolation("partner", "must be another actor than actor"));
      return null;
    }
    return actorCode == null ? null : ActorCode.of(partner);
  }

  private static LocalDate day(
      String field, String text, List<FieldViolation> problems, boolean start) {
    if (text == null) {
      return null;
    }
    try {
      PartialDate date = PartialDate.parse(text);
      return start ? date.earliest() : date.latest();
    } catch (InvalidPartialDate e) {
      problems.add(new FieldViolation(field, e.getMessage()));
      return null;
    }
  }

  private static Item item(Fact f, LocalDate day, Map<String, String> reliabilities) {
    return new Item(
        f.id(),
        f.version(),
        f.type().name(),
        f.date().toString(),
        f.certaintyOn(day),
        f.actors().stream().map(ActorCode::code).toList(),
        f.content().attributes(),
        f.content().summary(),
        SourceView.of(f.content().sources(), reliabilities),
        f.recordedAt());
  }
}
