package org.tracker.watch.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.axonframework.queryhandling.QueryGateway;
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
import org.tracker.watch.WatchItems;
import org.tracker.watch.api.FindWatchItem;
import org.tracker.watch.api.ListWatchItems;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemList;
import org.tracker.watch.api.WatchItemView;
import org.tracker.watch.api.WatchStatus;

/** Things to keep watching: open one, list them, read one. */
@RestController
@RequestMapping("/api/watch-items")
@Tag(name = "Watch items")
public class WatchItemController {

  private final WatchItems watchItems;
  private final QueryGateway queries;

  public WatchItemController(WatchItems watchItems, QueryGateway queries) {
    this.watchItems = watchItems;
    this.queries = queries;
  }

  @Operation(
      summary =
          "Open a watch item: question, subjects, what would resolve it, a rule, a review date;"
              + " the same id and content again answers 200")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<WatchItemView> open(@RequestBody WatchItemDraft draft) {
    WatchItems.Outcome outcome = watchItems.open(draft);
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/watch-items/" + outcome.item().id()))
        .body(outcome.item());
  }

  @Operation(summary = "Watch items by review date, filtered by status and subject")
  @GetMapping
  public WatchItemList list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String subject) {
    return queries.query(new ListWatchItems(status(status), subject), WatchItemList.class).join();
  }

  @Operation(summary = "One watch item")
  @GetMapping("/{id}")
  public WatchItemView one(@PathVariable String id) {
    if (!WatchItemId.isValid(id)) {
      throw new UnknownWatchItem(id);
    }
    WatchItemView view =
        queries.query(new FindWatchItem(WatchItemId.of(id)), WatchItemView.class).join();
    if (view == null) {
      throw new UnknownWatchItem(id);
    }
    return view;
  }

  private static WatchStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return WatchStatus.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          "status",
          "'" + text + "' is not a status; one of " + java.util.List.of(WatchStatus.values()));
    }
  }
}
