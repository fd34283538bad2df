package org.tracker.development.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.development.Capture;
import org.tracker.development.DevelopmentLog;
import org.tracker.development.api.CorrectionDraft;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.RetractionDraft;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.directory.api.Directory;
import org.tracker.infrastructure.security.AccessRules;
import org.tracker.infrastructure.web.Creates;
import org.tracker.shared.Refusal;

/** Recording, correcting, retracting and reading developments. */
@RestController
@RequestMapping("/api/developments")
@Tag(name = "Developments", description = "Record what happened, with its date, actors and sources")
public class DevelopmentController {

  private final Capture capture;
  private final DevelopmentLog log;
  private final Directory directory;
  private final TransactionTemplate transaction;

  public DevelopmentController(
      Capture capture,
      DevelopmentLog log,
      Directory directory,
      PlatformTransactionManager transactions) {
    this.capture = capture;
    this.log = log;
    this.directory = directory;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Operation(
      summary = "Record one development",
      description =
          "201 with Location when recorded; 200 with the existing development when the same id"
              + " was already recorded with the same body; 409 when that id holds other content;"
              + " 400 naming every wrong field. 'newDocuments' (optional) registers documents"
              + " (DOCUMENT_REGISTERED) in the same transaction, before the development, so its"
              + " sources may cite them: all or nothing — a bad document (400 naming"
              + " newDocuments[i].field) records no development, a bad development no document.")
  @Creates
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DevelopmentView> record(@RequestBody DevelopmentRequest request) {
    DevelopmentDraft draft = request.draft();
    List<NewDocument> documents = request.documents();
    if (documents.isEmpty()) {
      return answer(capture.record(draft));
    }
    return answer(
        transaction.execute(
            status -> {
              for (int i = 0; i < documents.size(); i++) {
                NewDocument document = documents.get(i);
                if (document == null) {
                  throw NewDocumentRefused.missing(i);
                }
                try {
                  capture.record(document.draft());
                } catch (Refusal refusal) {
                  throw NewDocumentRefused.of(i, refusal);
                }
              }
              return capture.record(draft);
            }));
  }

  @Operation(
      summary = "Correct a development",
      description =
          "The body is the complete corrected content plus a reason; the original stays in the"
              + " log. 'version' (optional) is the version this creates: resending the same"
              + " correction answers 200, a stale version 409.")
  @Creates
  @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DevelopmentView> correct(
      @PathVariable String id, @RequestBody CorrectionDraft draft) {
    return answer(capture.correct(id, draft));
  }

  @Operation(
      summary = "Retract a development",
      description =
          "It stops counting in every projection; it stays in the log, visible with knownAt"
              + " before the retraction. The same retraction (the same reason) again answers 200,"
              + " another retraction of a retracted development 409.")
  @Creates
  @PostMapping(path = "/{id}/retraction", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DevelopmentView> retract(
      @PathVariable String id, @RequestBody RetractionDraft draft) {
    return answer(capture.retract(id, draft));
  }

  @Operation(
      summary = "One development as now known, with its history of versions",
      description =
          "ANALYST and above: the current content, whether it is retracted, who recorded it and"
              + " every version with its reason and author. VIEWER: the current version only (no"
              + " history, no authors); a retracted development is not current and answers 404,"
              + " as an unknown id does.")
  @GetMapping("/{id}")
  public DevelopmentView find(@PathVariable String id) {
    DevelopmentId developmentId;
    try {
      developmentId = DevelopmentId.of(id);
    } catch (IllegalArgumentException e) {
      throw new UnknownDevelopment(id);
    }
    DevelopmentHistory history =
        log.load(developmentId).orElseThrow(() -> new UnknownDevelopment(id));
    if (AccessRules.pastKnowledgeAllowedNow()) {
      return view(history);
    }
    if (history.retracted()) {
      throw new UnknownDevelopment(id);
    }
    return DevelopmentView.current(
        history, directory.reliabilities(DevelopmentView.documentsCited(history.current())));
  }

  /** The view of a development, its sources graded as the directory grades their documents. */
  private DevelopmentView view(DevelopmentHistory d) {
    return DevelopmentView.of(d, directory.reliabilities(DevelopmentView.documentsCited(d)));
  }

  private ResponseEntity<DevelopmentView> answer(Capture.Outcome outcome) {
    DevelopmentView view = view(outcome.development());
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/developments/" + view.id()))
        .body(view);
  }
}
