package org.tracker.infrastructure.web;

import org.tracker.shared.Refusal;

/** A request that cannot be carried out in the present state, said why. */
public class Conflict extends Refusal {

  public Conflict(String message) {
    super(Category.CONFLICT, message);
  }
}
