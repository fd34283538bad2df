package org.tracker.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.RoleTerms;
import org.tracker.fact.api.Fact;
import org.tracker.shared.ActorCode;
import org.tracker.shared.PartialDate;

/**
 * Who stands for whom: a person holding a role for an actor (a foreign minister for his state)
 * stands for it while the role holds, so that the person's visits, meetings and statements of those
 * days count in that actor's relationships. The one rule of it, applied to facts before a dyad is
 * folded: {@link #resolve(Fact)} reads such a fact as naming the actor stood for as well.
 *
 * <p>A role holds from its ROLE_ASSUMED to its ROLE_ENDED (same person, actor and role), as the
 * role developments that had happened (at least possibly) by the day asked about say; an end not
 * recorded by then leaves the role holding. A partially dated fact falls in the role when some day
 * of it may: the role may have begun by the fact's last day ({@code from.earliest <= date.latest})
 * and had not certainly ended on its first day ({@code date.earliest < until.latest}). So a role
 * taken up in 2013 covers a statement dated 2013, and a possible end leaves the role standing.
 */
final class StandsFor {

  /** What a person does for the actor stood for: contacts and statements. */
  static final Set<DevelopmentType> SPEAKING =
      Collections.unmodifiableSet(
          EnumSet.of(DevelopmentType.VISIT, DevelopmentType.MEETING, DevelopmentType.STATEMENT));

  /** A person's role for an actor, from a day until another (null: still held). */
  record Tenure(
      ActorCode person, ActorCode principal, String role, PartialDate from, PartialDate until) {

    /** Whether the role may have held on some day of {@code date}. */
    boolean holdsDuring(PartialDate date) {
      return !from.earliest().isAfter(date.latest())
          && (until == null || date.earliest().isBefore(until.latest()));
    }
  }

  private final List<Tenure> tenures;

  private StandsFor(List<Tenure> tenures) {
    this.tenures = List.copyOf(tenures);
  }

  /**
   * The roles these facts say held, as of the day; facts of other types are ignored, and a fact
   * given twice counts once.
   */
  static StandsFor of(Collection<Fact> facts, LocalDate asOf) {
    Map<String, Fact> once = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (DevelopmentType.role().contains(f.type()) && f.certaintyOn(asOf) != null) {
        once.putIfAbsent(f.id() + "/" + f.version(), f);
      }
    }
    List<Fact> inOrder = once.values().stream().sorted(Fact.IN_DATE_ORDER).toList();
    Map<List<Object>, Tenure> open = new LinkedHashMap<>();
    List<Tenure> tenures = new ArrayList<>();
    for (Fact f : inOrder) {
      RoleTerms terms = f.content().as(RoleTerms.class);
      ActorCode person = f.actors().get(0);
      List<Object> key = List.of(person, terms.principal(), terms.role());
      if (f.type() == DevelopmentType.ROLE_ASSUMED) {
        open.putIfAbsent(key, new Tenure(person, terms.principal(), terms.role(), f.date(), null));
      } else {
        Tenure held = open.remove(key);
        if (held != null) {
          tenures.add(
              new Tenure(held.person(), held.principal(), held.role(), held.from(), f.date()));
        }
      }
    }
    tenures.addAll(open.values());
    return new StandsFor(tenures);
  }

  /** Everyone who held one of these roles. */
  Set<ActorCode> representatives() {
    Set<ActorCode> people = new TreeSet<>();
    tenures.forEach(t -> people.add(t.person()));
    return people;
  }

  /** Whether the person stood for the actor on some day of {@code date}. */
  boolean standsFor(ActorCode person, ActorCode principal, PartialDate date) {
    return date != null
        && tenures.stream()
            .anyMatch(
                t ->
                    t.person().equals(person)
                        && t.principal().equals(principal)
                        && t.holdsDuring(date));
  }

  /**
   * The fact as it counts in relationships: a visit, meeting or statement also names each actor one
   * of its actors stood for on its date; any other fact, or one naming no such person, as it is.
   */
  Fact resolve(Fact f) {
    if (!SPEAKING.contains(f.type()) || f.date() == null || tenures.isEmpty()) {
      return f;
    }
    List<ActorCode> actors = new ArrayList<>(f.actors());
    for (ActorCode person : f.actors()) {
      for (Tenure t : tenures) {
        if (t.person().equals(person)
            && t.holdsDuring(f.date())
            && !actors.contains(t.principal())) {
          actors.add(t.principal());
        }
      }
    }
    if (actors.size() == f.actors().size()) {
      return f;
    }
    DevelopmentContent c = f.content();
    return new Fact(
        f.developmentId(),
        f.version(),
        new DevelopmentContent(
            c.type(), c.date(), actors, c.attributes(), c.summary(), c.sources()),
        f.recordedAt(),
        f.position());
  }
}
