package org.tracker.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * An actor's code. Upper-case letters, digits and hyphens, 2–32 characters, starting with a letter.
 * The scheme:
 *
 * <ul>
 *   <li>a state: its ISO 3166-1 alpha-3 code ({@code CHN}); a former state: its four-letter ISO
 *       3166-3 code ({@code SUHH} the Soviet Union, {@code YUCS} Yugoslavia, {@code DDDE} the GDR);
 *       a historical state with neither: {@code H-} and its name ({@code H-QING}) — see {@link
 *       #isStateCode};
 *   <li>an organisation: its usual short name ({@code SCO}, {@code NATO});
 *   <li>a person: family name, then given name ({@code XI-JINPING}, {@code WANG-YI});
 *   <li>anything else: a short descriptive code.
 * </ul>
 */
public record ActorCode(String code) implements Comparable<ActorCode> {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");
  private static final Pattern STATE =
      Pattern.compile("[A-Z]{3}|[A-Z]{4}|H-[A-Z0-9][A-Z0-9-]{0,29}");

  /** What {@link #isStateCode} accepts, for messages. */
  public static final String STATE_CODES =
      "a STATE's code is its ISO 3166-1 alpha-3 code (KAZ), a former state's its ISO 3166-3 code"
          + " (SUHH), or H- and its name for a historical state with neither (H-QING)";

  public ActorCode {
    if (code == null || !SHAPE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an actor code (A-Z, 0-9 and '-', 2–32 characters)");
    }
  }

  /** Whether a state may have this code (the scheme above). */
  public static boolean isStateCode(String code) {
    return code != null && STATE.matcher(code).matches();
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
