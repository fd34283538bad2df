package org.tracker.relationship.api;

import java.util.Objects;
import org.tracker.shared.ActorCode;

/** Two distinct actors, in code order, so that {@code a/b} and {@code b/a} are one relationship. */
public record Dyad(ActorCode first, ActorCode second) {

  public Dyad {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("a dyad's actors are distinct and in code order");
    }
  }

  public static Dyad of(ActorCode a, ActorCode b) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("a relationship needs two different actors, got " + a);
    }
    return a.compareTo(b) < 0 ? new Dyad(a, b) : new Dyad(b, a);
  }
}
