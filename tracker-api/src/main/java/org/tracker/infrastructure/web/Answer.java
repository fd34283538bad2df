package org.tracker.infrastructure.web;

import org.springframework.http.HttpStatus;
import org.tracker.shared.Refusal.Category;

/**
 * How a category of refusal is told over HTTP: one status and one problem title per category, the
 * same whoever refused and wherever it is answered ({@link ProblemAdvice}, filters).
 */
public record Answer(HttpStatus status, String title) {

  public static Answer to(Category category) {
    return switch (category) {
      case INVALID -> new Answer(HttpStatus.BAD_REQUEST, "The request is not valid");
      case NOT_FOUND -> new Answer(HttpStatus.NOT_FOUND, "Not found");
      case CONFLICT -> new Answer(HttpStatus.CONFLICT, "Conflict");
      case RULE_VIOLATED -> new Answer(HttpStatus.CONFLICT, "Not allowed now");
      case TOO_LARGE -> new Answer(HttpStatus.PAYLOAD_TOO_LARGE, "Too large");
      case FORBIDDEN -> new Answer(HttpStatus.FORBIDDEN, "Not allowed");
      case TOO_MANY -> new Answer(HttpStatus.TOO_MANY_REQUESTS, "Too many at once");
      case TOO_SLOW -> new Answer(HttpStatus.REQUEST_TIMEOUT, "Too slow");
      case UNAVAILABLE -> new Answer(HttpStatus.SERVICE_UNAVAILABLE, "Unavailable for now");
    };
  }
}
