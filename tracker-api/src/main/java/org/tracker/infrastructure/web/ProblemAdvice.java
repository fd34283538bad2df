package org.tracker.infrastructure.web;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.FieldViolation;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.development.importing.ImportConflict;
import org.tracker.development.importing.ImportRejected;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.UnknownWatchItem;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchTransitionRefused;

/**
 * Every error as {@code application/problem+json} (RFC 9457): 400 naming each wrong field, 404,
 * 409, 413, 503; never a stack trace. An unexpected failure is logged here and answered with a bare
 * 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(InvalidDevelopment.class)
  ProblemDetail invalid(InvalidDevelopment e) {
    return badRequest("The development is not valid", e.violations());
  }

  @ExceptionHandler(InvalidWatchItem.class)
  ProblemDetail invalidWatchItem(InvalidWatchItem e) {
    return badRequest("The watch item is not valid", e.violations());
  }

  @ExceptionHandler(WatchItemIdInUse.class)
  ProblemDetail watchItemConflict(WatchItemIdInUse e) {
    return problem(HttpStatus.CONFLICT, "Id already used", e.getMessage());
  }

  @ExceptionHandler(WatchTransitionRefused.class)
  ProblemDetail watchTransition(WatchTransitionRefused e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed now", e.getMessage());
    problem.setProperty("currentStatus", e.current());
    return problem;
  }

  @ExceptionHandler(UnknownWatchItem.class)
  ProblemDetail unknownWatchItem(UnknownWatchItem e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(BadRequest.class)
  ProblemDetail badRequest(BadRequest e) {
    return badRequest("The request is not valid", e.violations());
  }

  @ExceptionHandler(IdAlreadyUsed.class)
  ProblemDetail idConflict(IdAlreadyUsed e) {
    return problem(HttpStatus.CONFLICT, "Id already used", e.getMessage());
  }

  @ExceptionHandler(ImportRejected.class)
  ProblemDetail importRejected(ImportRejected e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "The import file is not valid", e.getMessage());
    problem.setProperty("errors", e.errors());
    problem.setProperty("errorCount", e.errorCount());
    problem.setProperty("badLines", e.badLines());
    problem.setProperty("lines", e.lines());
    if (e.errorCount() > e.errors().size()) {
      problem.setProperty("moreErrors", e.errorCount() - e.errors().size());
    }
    return problem;
  }

  @ExceptionHandler(ImportConflict.class)
  ProblemDetail importConflict(ImportConflict e) {
    return problem(HttpStatus.CONFLICT, "The import could not be written", e.getMessage());
  }

  @ExceptionHandler(UnknownDevelopment.class)
  ProblemDetail unknown(UnknownDevelopment e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(DevelopmentRuleViolation.class)
  ProblemDetail ruleViolation(DevelopmentRuleViolation e) {
    return problem(HttpStatus.CONFLICT, "Not allowed now", e.getMessage());
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Conflicting write",
        "another request recorded the same thing at the same moment; read, then retry");
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    DataAccessResourceFailureException.class
  })
  ProblemDetail databaseDown(Exception e) {
    log.warn("database unavailable: {}", e.getMessage());
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Database unavailable",
        "the database cannot be reached; nothing was written; retry shortly");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected failure", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "the request failed on our side; nothing was written");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            badRequest(
                "The request body is not valid", List.of(JsonErrors.describe(e.getCause()))));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    String expected =
        e.getRequiredType() == java.time.LocalDate.class
            ? "a date YYYY-MM-DD"
            : e.getRequiredType() == java.time.Instant.class
                ? "an ISO instant such as 2024-03-01T12:00:00Z"
                : "a "
                    + (e.getRequiredType() == null
                        ? "valid value"
                        : e.getRequiredType().getSimpleName());
    return ResponseEntity.badRequest()
        .body(
            badRequest(
                "A parameter is not valid",
                List.of(new FieldViolation(name, "'" + e.getValue() + "' is not " + expected))));
  }

  private static ProblemDetail badRequest(String title, List<FieldViolation> violations) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            title,
            violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")));
    problem.setProperty("errors", violations);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
