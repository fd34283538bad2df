package org.tracker.infrastructure.web;

/** A request the caller's role does not allow, found inside a handler. Answered as 403. */
public class Forbidden extends RuntimeException {

  public Forbidden(String message) {
    super(message);
  }
}
