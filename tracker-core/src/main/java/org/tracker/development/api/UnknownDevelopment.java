package org.tracker.development.api;

import org.tracker.shared.Refusal;

/** No development has this id. */
public class UnknownDevelopment extends Refusal {

  public UnknownDevelopment(String id) {
    super(Category.NOT_FOUND, "no development " + id);
  }
}
