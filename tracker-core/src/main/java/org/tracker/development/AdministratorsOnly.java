package org.tracker.development;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentCommand;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;

/**
 * The rule that only an administrator records, corrects or retracts a development whose type {@link
 * DevelopmentType#needsAdministrator() needs one} (a rung of the partnership ladder: the vocabulary
 * every analyst records against). The edge says who is an administrator; the rule is here, once,
 * for a request and for an import alike.
 */
public final class AdministratorsOnly extends Refusal {

  private AdministratorsOnly(DevelopmentType type) {
    this(
        "only an ADMIN may record, correct or retract a "
            + type
            + ": it changes the partnership ladder every analyst records against");
  }

  private AdministratorsOnly(String message) {
    super(
        Category.FORBIDDEN, message, List.of(new FieldViolation("type", message)), Map.of(), null);
  }

  /**
   * Refuses {@code command} on a development in {@code state} when either's type needs an
   * administrator and the caller is not one.
   *
   * @throws AdministratorsOnly naming the type
   */
  public static void check(DevelopmentState state, DevelopmentCommand command, boolean admin) {
    if (admin) {
      return;
    }
    DevelopmentType commanded = null;
    if (command instanceof RecordDevelopment r) {
      commanded = r.content().type();
    } else if (command instanceof CorrectDevelopment c) {
      commanded = c.content().type();
    }
    Stream.of(state.type(), commanded)
        .filter(t -> t != null && t.needsAdministrator())
        .findFirst()
        .ifPresent(
            t -> {
              throw new AdministratorsOnly(t);
            });
  }
}
