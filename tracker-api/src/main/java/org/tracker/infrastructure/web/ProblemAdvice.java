package org.tracker.infrastructure.web;

import java.io.UncheckedIOException;
import java.util.List;
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
import org.tracker.infrastructure.database.DatabaseFaults;
import org.tracker.shared.Refusal;
import org.tracker.shared.Refusal.Category;

/**
 * Every error as {@code application/problem+json} (RFC 9457); never a stack trace. A {@link
 * Refusal} is answered by its category alone ({@link Answer}: one status and title per category),
 * with its detail, every wrong field as {@code errors} and the facts it carries; this class knows
 * no feature. The framework's own failures (unreadable bodies, bad parameters, a conflicting write,
 * the database out of reach) are told in the same categories. An unexpected failure is logged here
 * and answered with a bare 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(Refusal.class)
  ProblemDetail refused(Refusal refusal) {
    ProblemDetail problem = problem(refusal.category(), refusal.detail());
    if (!refusal.violations().isEmpty()) {
      problem.setProperty("errors", refusal.violations());
    }
    refusal.properties().forEach(problem::setProperty);
    return problem;
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return problem(
        Category.CONFLICT,
        "another request recorded the same thing at the same moment; read, then retry");
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    DataAccessResourceFailureException.class
  })
  ProblemDetail databaseDown(Exception e) {
    log.warn("database unavailable: {}", e.getMessage());
    return problem(
        Category.UNAVAILABLE, "the database cannot be reached; nothing was written; retry shortly");
  }

  @ExceptionHandler(UncheckedIOException.class)
  ProblemDetail unreadable(UncheckedIOException e) {
    if (cause(e, BodyLimit.TooLarge.class) != null) {
      return problem(Category.TOO_LARGE, e.getCause().getMessage());
    }
    if (cause(e, BodyLimit.TooSlow.class) != null) {
      return problem(Category.TOO_SLOW, cause(e, BodyLimit.TooSlow.class).getMessage());
    }
    return problem(
        Category.INVALID,
        "the request body ended or failed while it was read; nothing was written");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (cause(e, org.axonframework.modelling.command.ConcurrencyException.class) != null) {
      return problem( // two instances appended to one stream at once: this one lost
          Category.CONFLICT,
          "another request changed the same record at the same moment; read, then retry");
    }
    if (DatabaseFaults.unreachable(e)) {
      return databaseDown(e);
    }
    log.error("unexpected failure", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "the request failed on our side; nothing was written");
    problem.setTitle("Internal error");
    return problem;
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
          .body(problem(Category.TOO_LARGE, tooLarge.getMessage()));
    }
    BodyLimit.TooSlow tooSlow = cause(e, BodyLimit.TooSlow.class);
    if (tooSlow != null) {
      return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem(Category.TOO_SLOW, tooSlow.getMessage()));
    }
    return ResponseEntity.badRequest()
        .body(refused(new BadRequest(List.of(JsonErrors.describe(e.getCause())))));
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
        .body(refused(new BadRequest(name, "'" + e.getValue() + "' is not " + expected)));
  }

  /** The answer to a category of refusal: its status and title, with the detail given. */
  private static ProblemDetail problem(Category category, String detail) {
    Answer answer = Answer.to(category);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(answer.status(), detail);
    problem.setTitle(answer.title());
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
}
