package org.tracker.development.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.infrastructure.web.NotFound;

/** Bulk import of NDJSON files, and their progress. */
@RestController
@Tag(name = "Import and export", description = "Move the log in and out as NDJSON")
public class ImportController {

  public static final String NDJSON = "application/x-ndjson";

  private final Importer importer;
  private final ImportProgress progress;
  private final Timer imports;
  private final Counter written;
  private final Counter lines;

  public ImportController(Importer importer, ImportProgress progress, MeterRegistry meters) {
    this.importer = importer;
    this.progress = progress;
    this.imports =
        Timer.builder("tracker.import")
            .description("imports accepted, and how long each took")
            .register(meters);
    this.written =
        Counter.builder("tracker.import.written")
            .description("developments, corrections and retractions written by imports")
            .register(meters);
    this.lines =
        Counter.builder("tracker.import.lines")
            .description("lines of accepted import files")
            .register(meters);
  }

  @Operation(
      summary = "Import developments, corrections and retractions (NDJSON), all or nothing",
      description =
          "One JSON object per line: a development (as POST /api/developments), a correction"
              + " ({\"correctionOf\": id, \"version\": n, \"reason\": …, then the full content})"
              + " or a retraction ({\"retractionOf\": id, \"reason\": …}). Lines may refer to"
              + " actors and documents registered earlier in the file. A bad file answers 400"
              + " naming every bad line and field, and writes nothing; lines already recorded"
              + " with the same content are left alone, so a file can be imported again. Watch"
              + " progress at GET /api/imports.")
  @PostMapping(path = "/api/import", consumes = NDJSON)
  public ResponseEntity<ImportReport> importFile(InputStream body) {
    long started = System.nanoTime();
    ImportReport report;
    try {
      report = importer.run(body);
    } catch (RuntimeException e) {
      drain(body); // a client still uploading would otherwise lose the answer with the connection
      throw e;
    }
    imports.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    written.increment(report.recorded() + report.corrected() + report.retracted());
    lines.increment(report.lines());
    return ResponseEntity.status(HttpStatus.OK)
        .location(URI.create("/api/imports/" + report.id()))
        .body(report);
  }

  /** Reads what is left of a refused upload (bounded by the import size limit) and drops it. */
  private static void drain(InputStream body) {
    try {
      body.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException | RuntimeException e) {
      // the connection is gone or over its limit: nothing left to keep open
    }
  }

  @Operation(summary = "Imports of this instance, running and recent, newest first")
  @GetMapping("/api/imports")
  public List<ImportReport> imports() {
    return progress.all();
  }

  @Operation(summary = "One import's progress or outcome")
  @GetMapping("/api/imports/{id}")
  public ImportReport importReport(@PathVariable String id) {
    return progress.find(id).orElseThrow(() -> new NotFound("no import " + id));
  }
}
