package org.tracker.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tracker.admin.Archive;

/** The log, whole and exact: an archive to keep outside, and a restore into an empty store. */
@RestController
@Tag(name = "Administration")
public class ArchiveController {

  static final String NDJSON = "application/x-ndjson";

  private final Archive archive;

  public ArchiveController(Archive archive) {
    this.archive = archive;
  }

  @Operation(
      summary = "Every event of the log, exactly as recorded (AUDITOR)",
      description =
          "One JSON line per event in log order after a header line {\"format\":"
              + " \"tracker-archive\", \"version\": 1}: position, eventId, aggregate, sequence,"
              + " aggregateType, timestamp, payloadType, payloadRevision, payload and metaData (who"
              + " recorded it) as stored. Developments, registrations and watch items with their"
              + " whole lifecycle. Restored into an empty store it gives back the same log.")
  @GetMapping("/api/admin/archive")
  public ResponseEntity<StreamingResponseBody> archive() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(NDJSON))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tracker-archive.ndjson\"")
        .body(archive::write);
  }

  @Operation(
      summary = "Restore an archive into an empty store (ADMIN)",
      description =
          "All or nothing: a bad line is named and nothing is written; a store that already holds"
              + " events answers 409. Start Tracker on an empty database with the seed off"
              + " (TRACKER_SEED=false) first; the projections then build from the restored"
              + " log.")
  @PostMapping(path = "/api/admin/archive", consumes = NDJSON)
  public Map<String, Long> restore(HttpServletRequest request) throws IOException {
    return Map.of("restored", archive.restore(request.getInputStream()));
  }
}
