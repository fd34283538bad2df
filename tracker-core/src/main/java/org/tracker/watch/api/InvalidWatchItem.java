package org.tracker.watch.api;

import java.util.List;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;

/** A watch item draft broke the rules; every broken field is named. Nothing was recorded. */
public class InvalidWatchItem extends Refusal {

  public InvalidWatchItem(List<FieldViolation> violations) {
    super(Category.INVALID, violations);
  }
}
