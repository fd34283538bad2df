package org.tracker.development.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tracker.infrastructure.web.BadRequest;

/** The log out, as the import's NDJSON or as PLOVER-style JSONL. */
@RestController
@Tag(name = "Import and export")
public class ExportController {

  private final Exporter exporter;
  private final PloverExport plover;

  public ExportController(Exporter exporter, PloverExport plover) {
    this.exporter = exporter;
    this.plover = plover;
  }

  @Operation(
      summary = "Export the log",
      description =
          "format=ndjson (default): every event in global order, in the import's shape."
              + " format=plover: one line per development as now known (retracted ones left"
              + " out), PLOVER-style: actor, recipient, event, mode, context, date, CAMEO code"
              + " (a string), citation.")
  @GetMapping("/api/export")
  public ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "ndjson or plover") @RequestParam(defaultValue = "ndjson")
          String format) {
    StreamingResponseBody body =
        switch (format) {
          case "ndjson" -> exporter::writeLog;
          case "plover" -> plover::write;
          default -> throw new BadRequest("format", "must be ndjson or plover");
        };
    String name = format.equals("plover") ? "tracker-plover.jsonl" : "tracker-log.ndjson";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ImportController.NDJSON))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(body);
  }
}
