package org.tracker.admin;

import org.tracker.shared.Refusal;

/** A rebuild that cannot start now (another instance holds the projection's segments). */
public class RebuildBlocked extends Refusal {

  public RebuildBlocked(String message) {
    super(Category.CONFLICT, message);
  }
}
