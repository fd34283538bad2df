package org.tracker.infrastructure.web;

import java.io.UncheckedIOException;
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
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.development.importing.ImportConflict;
import org.tracker.development.importing.ImportRejected;
import org.tracker.development.importing.ImportTooLarge;
import org.tracker.shared.FieldViolation;
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

  @ExceptionHandler(Conflict.class)
  ProblemDetail conflict(Conflict e) {
    return problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage());
  }

  @ExceptionHandler(TooManyRequests.class)
  ProblemDetail tooMany(TooManyRequests e) {
    return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many at once", e.getMessage());
  }

  @ExceptionHandler(Forbidden.class)
  ProblemDetail forbidden(Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
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

  @ExceptionHandler(ImportTooLarge.class)
  ProblemDetail importTooLarge(ImportTooLarge e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", e.getMessage());
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

  @ExceptionHandler(UncheckedIOException.class)
  ProblemDetail unreadable(UncheckedIOException e) {
    if (cause(e, BodyLimit.TooLarge.class) != null) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", e.getCause().getMessage());
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "The upload could not be read",
        "the request body ended or failed while it was read; nothing was written");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (cause(e, org.axonframework.modelling.command.ConcurrencyException.class) != null) {
      return problem( // two instances appended to one stream at once: this one lost
          HttpStatus.CONFLICT,
          "Conflicting write",
          "another request changed the same record at the same moment; read, then retry");
    }
    if (databaseUnavailable(e)) {
      return databaseDown(e);
    }
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
    BodyLimit.TooLarge tooLarge = cause(e, BodyLimit.TooLarge.class);
    if (tooLarge != null) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", tooLarge.getMessage()));
    }
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

  /** The first cause of the given type in the chain, or null. */
  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * Whether a failure comes from the database being unreachable or shutting down (connection
   * refused, pool timeout, a transaction that could not begin or end, PostgreSQL's class 08 or
   * 57P0x), however deeply Axon wrapped it.
   */
  private static boolean databaseUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof DataAccessResourceFailureException
          // beginning, committing or rolling back failed: the connection is gone
          || t instanceof org.springframework.transaction.TransactionException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.net.ConnectException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
          return true;
        }
      }
    }
    return false;
  }
}
