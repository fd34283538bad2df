package org.tracker.infrastructure.web;

/** More of something at once than a caller may hold (live connections). Answered as 429. */
public class TooManyRequests extends RuntimeException {

  public TooManyRequests(String message) {
    super(message);
  }
}
