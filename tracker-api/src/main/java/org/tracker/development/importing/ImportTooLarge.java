package org.tracker.development.importing;

/** An import file over the line limit: refused whole (413), nothing written. */
public class ImportTooLarge extends RuntimeException {

  public ImportTooLarge(String message) {
    super(message);
  }
}
