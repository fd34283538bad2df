package org.tracker.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.audit.AuditLog;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.infrastructure.web.TimeParameters;

/** The log as stored, for auditors. */
@RestController
@Tag(name = "Audit")
public class AuditController {

  private static final int MAX_PAGE = 1000;

  private final AuditLog log;

  public AuditController(AuditLog log) {
    this.log = log;
  }

  @Operation(
      summary =
          "Every stored event in global order, a page at a time (after = the previous page's"
              + " next): position, aggregate, type, revision, payload, recordedAt, recordedBy."
              + " Filters: recordedBy, from/to (instants), type, aggregate")
  @GetMapping("/api/audit/log")
  public AuditLog.Page log(
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int size,
      @RequestParam(required = false) String recordedBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String aggregate) {
    if (after < 0) {
      throw new BadRequest("after", "must be 0 or a position");
    }
    if (size < 1 || size > MAX_PAGE) {
      throw new BadRequest("size", "must be between 1 and " + MAX_PAGE);
    }
    TimeParameters.moment("from", from);
    TimeParameters.moment("to", to);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new BadRequest("to", "must be after from");
    }
    return log.page(after, size, new AuditLog.Filter(recordedBy, from, to, type, aggregate));
  }

  @Operation(summary = "One aggregate's stream (a development, a watch item), in its order")
  @GetMapping("/api/audit/streams/{aggregateId}")
  public List<AuditLog.Entry> stream(@PathVariable String aggregateId) {
    return log.stream(aggregateId);
  }
}
