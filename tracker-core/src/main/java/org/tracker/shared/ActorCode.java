package org.tracker.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An actor's code: a state's ISO 3166-1 alpha-3 code ({@code CHN}), an organisation's short code
 * ({@code SCO}), or a code chosen for a person ({@code XI-JINPING}). Upper-case letters, digits and
 * hyphens, 2–32 characters, starting with a letter.
 */
public record ActorCode(String code) implements Comparable<ActorCode> {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

  public ActorCode {
    if (code == null || !SHAPE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an actor code (A-Z, 0-9 and '-', 2–32 characters)");
    }
  }

  public static boolean isValid(String code) {
    return code != null && SHAPE.matcher(code).matches();
  }

  @JsonCreator
  public static ActorCode of(String code) {
    return new ActorCode(code);
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }

  @Override
  public int compareTo(ActorCode other) {
    return code.compareTo(other.code);
  }
}
