package org.tracker.watch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.infrastructure.web.Creates;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.infrastructure.web.TimeParameters;
import org.tracker.watch.WatchItems;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemDetail;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemList;
import org.tracker.watch.api.WatchStatus;

/**
 * Things to keep watching: open, list, read, link evidence, resolve, drop, reopen, change the
 * review date. Every step is dated ({@code on}); lists and items answer on any day as known at any
 * moment (ADR 0016).
 */
@RestController
@RequestMapping("/api/watch-items")
@Tag(name = "Watch items")
public class WatchItemController {

  /**
   * A request to link a development as evidence, seen as of {@code on} (by default the
   * development's date).
   */
  public record EvidenceRequest(String developmentId, String note, String on) {}

  /**
   * A resolution: HAPPENED, DID_NOT_HAPPEN or OVERTAKEN, and why; the development that decided it
   * (optional), and the day (by default that development's date, else today).
   */
  public record ResolutionRequest(String outcome, String reason, String developmentId, String on) {}

  /** Why (dropping, reopening), and the day (by default today). */
  public record ReasonRequest(String reason, String on) {}

  /** Another review date (a partial date), why (optional), and the day (by default today). */
  public record ReviewDateRequest(String reviewBy, String reason, String on) {}

  private final WatchItems watchItems;
  private final QueryGateway queries;
  private final TimeParameters time;
  private final Clock clock;

  public WatchItemController(
      WatchItems watchItems, QueryGateway queries, TimeParameters time, Clock clock) {
    this.watchItems = watchItems;
    this.queries = queries;
    this.time = time;
    this.clock = clock;
  }

  @Operation(
      summary =
          "Open a watch item: question, subjects, what would resolve it, a rule, a review date;"
              + " the same id and content again answers 200")
  @Creates
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<WatchItemDetail> open(@RequestBody WatchItemDraft draft) {
    return answer(watchItems.open(draft));
  }

  @Operation(
      summary =
          "Watch items on a day (asOf, default today) as known at a moment (knownAt), by review"
              + " date. Filters: status, subject, actor, overdue=true (review date passed, still"
              + " watched), quietMonths=N (watched, no evidence recorded for N months)")
  @GetMapping
  public WatchItemList list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String actor,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) Integer quietMonths,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    if (quietMonths != null && (quietMonths < 0 || quietMonths > 1200)) {
      throw new BadRequest("quietMonths", "must be between 0 and 1200");
    }
    Instant known = time.knownAt(knownAt);
    return queries
        .query(
            new ListWatchItems(
                status(status),
                subject,
                actor,
                overdue,
                quietMonths == null
                    ? null
                    : ZonedDateTime.ofInstant(
                            known == null ? clock.instant() : known, ZoneOffset.UTC)
                        .minusMonths(quietMonths)
                        .toInstant(),
                time.asOf(asOf),
                known),
            WatchItemList.class)
        .join();
  }

  @Operation(
      summary =
          "One watch item on a day (asOf, default today) as known at a moment (knownAt): question,"
              + " rule, state, and the evidence and steps that count then")
  @GetMapping("/{id}")
  public WatchItemDetail one(
      @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    if (!WatchItemId.isValid(id)) {
      throw new UnknownWatchItem(id);
    }
    WatchItemId item = WatchItemId.of(id);
    return watchItems
        .load(item, time.asOf(asOf), time.knownAt(knownAt))
        .orElseThrow(
            () ->
                watchItems.state(item).exists()
                    ? new NotFound("watch item " + id + " was not opened by then")
                    : new UnknownWatchItem(id));
  }

  @Operation(
      summary =
          "Link a development as evidence (an analyst's judgement), seen as of 'on' (default: the"
              + " development's date)")
  @PostMapping(path = "/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WatchItemDetail evidence(@PathVariable String id, @RequestBody EvidenceRequest request) {
    return watchItems.link(id, request.developmentId(), request.note(), request.on());
  }

  @Operation(
      summary =
          "Resolve: HAPPENED, DID_NOT_HAPPEN or OVERTAKEN, with a reason, the deciding development"
              + " (optional) and the day 'on' (default: that development's date, else today)")
  @PostMapping(path = "/{id}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WatchItemDetail resolve(@PathVariable String id, @RequestBody ResolutionRequest request) {
    return watchItems.resolve(
        id, request.outcome(), request.reason(), request.on(), request.developmentId());
  }

  @Operation(summary = "Drop: no longer worth watching, with a reason, as of 'on' (default today)")
  @PostMapping(path = "/{id}/drop", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WatchItemDetail drop(@PathVariable String id, @RequestBody ReasonRequest request) {
    return watchItems.drop(id, request.reason(), request.on());
  }

  @Operation(
      summary = "Reopen a resolved or dropped item, with a reason, as of 'on' (default today)")
  @PostMapping(path = "/{id}/reopening", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WatchItemDetail reopen(@PathVariable String id, @RequestBody ReasonRequest request) {
    return watchItems.reopen(id, request.reason(), request.on());
  }

  @Operation(
      summary =
          "Change the review date of a watched item to 'reviewBy' (a partial date, not before the"
              + " day it is set), with an optional reason, as of 'on' (default today); the same date"
              + " again records nothing")
  @PostMapping(path = "/{id}/review-date", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WatchItemDetail reviewDate(
      @PathVariable String id, @RequestBody ReviewDateRequest request) {
    return watchItems.changeReviewDate(id, request.reviewBy(), request.reason(), request.on());
  }

  private static ResponseEntity<WatchItemDetail> answer(WatchItems.Outcome outcome) {
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/watch-items/" + outcome.item().item().id()))
        .body(outcome.item());
  }

  private static WatchStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return WatchStatus.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          "status", "'" + text + "' is not a status; one of " + List.of(WatchStatus.values()));
    }
  }
}
