package org.tracker.infrastructure.web;

/** A request that cannot be carried out in the present state, said why. Answered as 409. */
public class Conflict extends RuntimeException {

  public Conflict(String message) {
    super(message);
  }
}
