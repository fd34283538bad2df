package org.tracker.infrastructure.web;

import org.tracker.shared.Refusal;

/** Nothing at that address, found by a controller. */
public class NotFound extends Refusal {

  public NotFound(String message) {
    super(Category.NOT_FOUND, message);
  }
}
