package org.tracker.infrastructure.web;

/** Nothing at that address (answered 404 with problem+json). */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
