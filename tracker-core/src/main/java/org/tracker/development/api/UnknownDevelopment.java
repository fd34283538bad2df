package org.tracker.development.api;

/** No development has this id. Answered as 404. */
public class UnknownDevelopment extends RuntimeException {

  public UnknownDevelopment(String id) {
    super("no development " + id);
  }
}
