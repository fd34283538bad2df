package org.tracker.shared;

/** Thrown when a text is not a valid {@link PartialDate}; the message says what is wrong. */
public class InvalidPartialDate extends Refusal {

  private final String text;

  public InvalidPartialDate(String text, String reason) {
    super(Category.INVALID, "'" + text + "' is not a partial date: " + reason);
    this.text = text;
  }

  public String text() {
    return text;
  }
}
