package org.tracker.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An answer with a date as the source gave it, which also says how the source hedged that date
 * ({@code dateQualifier}, see {@link DateQualifier}; absent when it did not). Views implement the
 * interface for the component that holds their date.
 */
public final class Hedged {

  private Hedged() {}

  /** A view dated by {@code since}. */
  public interface Since {
    String since();

    /** How the source hedged {@code since}; absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    default DateQualifier dateQualifier() {
      return DateQualifier.of(since());
    }
  }

  /** A view dated by {@code date}. */
  public interface On {
    String date();

    /** How the source hedged {@code date}; absent when it did not. */
    @JsonProperty("dateQualifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    default DateQualifier dateQualifier() {
      return DateQualifier.of(date());
    }
  }
}
