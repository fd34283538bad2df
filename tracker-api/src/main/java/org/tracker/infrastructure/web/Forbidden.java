package org.tracker.infrastructure.web;

import org.tracker.shared.Refusal;

/** A request the caller's role does not allow, found inside a handler. */
public class Forbidden extends Refusal {

  public Forbidden(String message) {
    super(Category.FORBIDDEN, message);
  }
}
