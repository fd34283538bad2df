package org.tracker.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.FactText;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.fact.api.TimelinePage;
import org.tracker.fact.api.TimelineQuery;
import org.tracker.shared.ActorCode;

/**
 * The facts a query handler reads, held in a list, for testing what the handler does with them
 * (grouping, choosing what to fold) rather than how they are stored: each read selects what its
 * contract in {@link Facts} promises. Every fact is current (none corrected or retracted) and known
 * from its recording time on.
 */
public final class InMemoryFacts implements Facts {

  private final List<Fact> facts;

  public InMemoryFacts(List<Fact> facts) {
    this.facts = List.copyOf(facts);
  }

  @Override
  public List<Fact> withActor(ActorCode actor, LocalDate asOf, Instant knownAt) {
    return select(knownAt, byDay(asOf).and(f -> f.actors().contains(actor)));
  }

  @Override
  public List<Fact> between(ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt) {
    return select(knownAt, byDay(asOf).and(f -> f.actors().containsAll(List.of(one, other))));
  }

  @Override
  public List<Fact> about(Collection<String> subjects, LocalDate asOf, Instant knownAt) {
    return select(
        knownAt,
        (asOf == null ? (Predicate<Fact>) f -> true : byDay(asOf))
            .and(
                f -> {
                  String subject = FactText.subject(f.content());
                  return subject != null && subjects.contains(subject);
                }));
  }

  @Override
  public List<Fact> about(
      Collection<String> subjects, Set<DevelopmentType> types, LocalDate asOf, Instant knownAt) {
    return about(subjects, asOf, knownAt).stream().filter(f -> types.contains(f.type())).toList();
  }

  @Override
  public List<Fact> withAnyOf(Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    return select(knownAt, byDay(asOf).and(f -> f.actors().stream().anyMatch(actors::contains)));
  }

  @Override
  public List<Fact> ofTypesNaming(
      Set<DevelopmentType> types, Collection<ActorCode> actors, LocalDate asOf, Instant knownAt) {
    return withAnyOf(actors, asOf, knownAt).stream().filter(f -> types.contains(f.type())).toList();
  }

  @Override
  public List<Fact> agreementFacts(
      Collection<String> agreements,
      Collection<ActorCode> parties,
      LocalDate asOf,
      Instant knownAt) {
    return select(
        knownAt,
        byDay(asOf)
            .and(f -> f.text("agreementId") != null && agreements.contains(f.text("agreementId")))
            .and(
                f ->
                    DevelopmentType.agreementWide().contains(f.type())
                        || f.actors().stream().anyMatch(parties::contains)));
  }

  @Override
  public Set<String> agreementsOfBoth(
      ActorCode one, ActorCode other, LocalDate asOf, Instant knownAt) {
    Set<String> ofOne = agreementsOf(withActor(one, asOf, knownAt));
    Set<String> ofBoth = agreementsOf(withActor(other, asOf, knownAt));
    ofBoth.retainAll(ofOne);
    return ofBoth;
  }

  private static Set<String> agreementsOf(List<Fact> found) {
    Set<String> ids = new TreeSet<>();
    for (Fact f : found) {
      if (DevelopmentType.agreement().contains(f.type())) {
        ids.add(f.text("agreementId"));
      }
    }
    return ids;
  }

  @Override
  public List<Fact> childrenOf(String parent, Instant knownAt) {
    return select(knownAt, f -> parent.equals(f.text("parent")));
  }

  @Override
  public List<Fact> ofTypes(Set<DevelopmentType> types, Instant knownAt) {
    return select(knownAt, f -> types.contains(f.type()));
  }

  @Override
  public Map<String, Long> countByType(ActorCode actor, LocalDate asOf, Instant knownAt) {
    throw new UnsupportedOperationException("not needed by the handlers tested in memory");
  }

  @Override
  public TimelinePage timeline(TimelineQuery query) {
    throw new UnsupportedOperationException("not needed by the handlers tested in memory");
  }

  private List<Fact> select(Instant knownAt, Predicate<Fact> wanted) {
    return facts.stream()
        .filter(f -> knownAt == null || !f.recordedAt().isAfter(knownAt))
        .filter(wanted)
        .toList();
  }

  /** Had happened, at least possibly, by the day. */
  private static Predicate<Fact> byDay(LocalDate asOf) {
    return f -> f.date() == null || !f.date().earliest().isAfter(asOf);
  }
}
