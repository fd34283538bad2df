package org.tracker.infrastructure.web;

import org.tracker.shared.Refusal;

/** More of something at once than a caller may hold (live connections). */
public class TooManyRequests extends Refusal {

  public TooManyRequests(String message) {
    super(Category.TOO_MANY, message);
  }
}
