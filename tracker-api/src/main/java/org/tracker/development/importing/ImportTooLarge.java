package org.tracker.development.importing;

import org.tracker.shared.Refusal;

/** An import file over the line limit: refused whole, nothing written. */
public class ImportTooLarge extends Refusal {

  public ImportTooLarge(String message) {
    super(Category.TOO_LARGE, message);
  }
}
