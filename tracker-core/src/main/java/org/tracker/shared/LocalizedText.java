package org.tracker.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A text in English and traditional Chinese; either may be absent where the source lacks it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(@JsonProperty("en") String en, @JsonProperty("zh-Hant") String zhHant) {

  @JsonIgnore
  public boolean isEmpty() {
    return (en == null || en.isBlank()) && (zhHant == null || zhHant.isBlank());
  }

  /** The text in the asked language, falling back to the other one. */
  public String in(String language) {
    boolean chinese = language != null && language.startsWith("zh");
    String preferred = chinese ? zhHant : en;
    return preferred != null ? preferred : (chinese ? en : zhHant);
  }
}
