package org.tracker.fact.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracker.development.api.AgreementRef;
import org.tracker.development.api.Citation;
import org.tracker.development.api.ClaimPreference;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.OrganizationTerms;
import org.tracker.development.api.PartnershipTerms;
import org.tracker.development.api.ProjectMilestone;
import org.tracker.development.api.ProposalRef;
import org.tracker.fact.api.Dispute.Basis;
import org.tracker.shared.ActorCode;

/**
 * Competing claims, judged once for every answer. Two current developments claim the same fact when
 * they have the same type and the same subject — the dyad and level of a partnership established,
 * the organisation, status and members of a membership change, the agreement and its parties, the
 * project and an actual milestone, the proposal (and its endorsers) — and they disagree on its date
 * (or, for a proposal made, on who made it or where). Of such claims one is preferred: the one an
 * analyst chose last ({@link DevelopmentType#CLAIM_PREFERRED}), else the one with the better-graded
 * sources, else the one recorded (or corrected) most recently. Claims that agree with the preferred
 * one stand beside it; the others are set aside as {@link Dispute}s, each saying why. Nothing is
 * averaged and nothing is hidden.
 */
public final class Claims {

  private Claims() {}

  /** What judging asks beyond the claims: analysts' choices and documents' reliability. */
  public interface Evidence {

    /** The analysts' choices ({@code CLAIM_PREFERRED} facts) naming any of these developments. */
    List<Fact> choices(Collection<String> developmentIds, Instant knownAt);

    /** The reliability grade (A–F) of each of these documents that has one, by document id. */
    Map<String, String> reliabilities(Collection<String> documentIds);

    /** Evidence read from the facts, and documents graded by {@code reliabilities}. */
    static Evidence of(
        Facts facts, Function<Collection<String>, Map<String, String>> reliabilities) {
      return new Evidence() {
        @Override
        public List<Fact> choices(Collection<String> developmentIds, Instant knownAt) {
          return facts.about(
              developmentIds, EnumSet.of(DevelopmentType.CLAIM_PREFERRED), null, knownAt);
        }

        @Override
        public Map<String, String> reliabilities(Collection<String> documentIds) {
          return reliabilities.apply(documentIds);
        }
      };
    }
  }

  /**
   * The claims judged: the facts that stand (in their given order), the disputes set aside, and the
   * analysts' choices that decided any (an answer's basis and history list them).
   */
  public record Judged(List<Fact> standing, List<Dispute> disputed, List<Fact> choices) {

    /** The ids of the analysts' choices that decided any dispute. */
    public List<String> choiceIds() {
      return choices.stream().map(Fact::id).toList();
    }

    /** An answer's basis with the analysts' choices that decided its disputes joined to it. */
    public List<String> withChoices(List<String> basis) {
      Set<String> all = new LinkedHashSet<>(basis);
      all.addAll(choiceIds());
      return List.copyOf(all);
    }

    /** Nothing contested. */
    public static Judged uncontested(List<Fact> facts) {
      return new Judged(facts, List.of(), List.of());
    }
  }

  /**
   * What the fact claims something about (its type and subject), or empty when facts of its type do
   * not compete: visits, meetings, statements, reaffirmations, amendments, quantities, planned
   * milestones and slips, roles and registrations recur by nature.
   */
  public static Optional<String> claimOf(Fact fact) {
    String actors =
        fact.actors().stream().map(ActorCode::code).sorted().collect(Collectors.joining(","));
    DevelopmentType type = fact.type();
    Object terms = fact.content().terms();
    String about = null;
    if (terms instanceof PartnershipTerms p && type == DevelopmentType.PARTNERSHIP_ESTABLISHED) {
      about = p.level() + "|" + actors;
    } else if (terms instanceof AgreementRef a && type != DevelopmentType.AGREEMENT_AMENDED) {
      about =
          type == DevelopmentType.AGREEMENT_TERMINATED
              ? a.agreementId()
              : a.agreementId() + "|" + actors;
    } else if (terms instanceof OrganizationTerms o) {
      if (type == DevelopmentType.ORGANIZATION_FOUNDED
          || type == DevelopmentType.ORGANIZATION_DISSOLVED) {
        about = o.organization().code();
      } else if (type == DevelopmentType.MEMBERSHIP_CHANGED && !"UNKNOWN".equals(o.status())) {
        about = o.organization().code() + "|" + o.status() + "|" + actors;
      }
    } else if (terms instanceof ProjectMilestone m && m.happensOnce()) {
      about = m.projectId() + "|" + m.milestone();
    } else if (terms instanceof ProposalRef p) {
      about =
          type == DevelopmentType.PROPOSAL_ENDORSED
              ? p.proposalId() + "|" + actors
              : p.proposalId();
    }
    return Optional.ofNullable(about).map(a -> fact.type().name() + "|" + a);
  }

  /**
   * Whether two claims of the same fact agree: the same date and, for a proposal made, the same
   * proposers and no two places.
   */
  public static boolean agree(Fact one, Fact other) {
    if (!Objects.equals(one.date(), other.date())) {
      return false;
    }
    if (one.content().terms() instanceof ProposalRef p
        && other.content().terms() instanceof ProposalRef q
        && one.type() == DevelopmentType.PROPOSAL_MADE) {
      return Set.copyOf(one.actors()).equals(Set.copyOf(other.actors()))
          && (p.place() == null || q.place() == null || p.place().equals(q.place()));
    }
    return true;
  }

  /** The facts with their competing claims judged (see the class comment). */
  public static Judged judge(List<Fact> facts, Evidence evidence, Instant knownAt) {
    Map<String, List<Fact>> byClaim = new LinkedHashMap<>();
    for (Fact f : facts) {
      claimOf(f).ifPresent(c -> byClaim.computeIfAbsent(c, k -> new ArrayList<>()).add(f));
    }
    List<List<Fact>> contested =
        byClaim.values().stream()
            .filter(g -> g.stream().anyMatch(f -> g.stream().anyMatch(h -> !agree(f, h))))
            .toList();
    if (contested.isEmpty()) {
      return Judged.uncontested(facts);
    }
    List<Fact> claims = contested.stream().flatMap(List::stream).toList();
    Map<String, Fact> choices = latestChoices(evidence.choices(ids(claims), knownAt));
    Grades grades =
        new Grades(
            evidence.reliabilities(
                claims.stream()
                    .flatMap(f -> f.content().sources().stream())
                    .map(Citation::document)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet())));
    Set<String> setAside = new HashSet<>();
    List<Dispute> disputed = new ArrayList<>();
    Set<Fact> decisive = new LinkedHashSet<>();
    for (List<Fact> group : contested) {
      Fact chosen =
          group.stream()
              .filter(f -> choices.containsKey(f.id()))
              .max(Comparator.comparingLong(f -> choices.get(f.id()).position()))
              .orElse(null);
      Fact preferred =
          chosen != null
              ? chosen
              : group.stream()
                  .min(
                      Comparator.comparingInt((Fact f) -> grades.rank(f))
                          .thenComparing(Comparator.comparingLong(Fact::position).reversed()))
                  .orElseThrow();
      Fact choice = chosen == null ? null : choices.get(chosen.id());
      if (choice != null) {
        decisive.add(choice);
      }
      // the preferred claim stands, then each other one that agrees with every claim standing
      // (two places may each agree with a claim that names none, not with each other)
      List<Fact> standing = new ArrayList<>(List.of(preferred));
      List<Fact> others =
          group.stream()
              .filter(f -> f != preferred)
              .sorted(
                  Comparator.comparingInt((Fact f) -> grades.rank(f))
                      .thenComparing(Comparator.comparingLong(Fact::position).reversed()))
              .toList();
      for (Fact f : others) {
        if (standing.stream().allMatch(s -> agree(f, s))) {
          standing.add(f);
          continue;
        }
        setAside.add(f.id());
        Basis basis =
            choice != null
                ? Basis.ANALYST_CHOICE
                : grades.rank(preferred) < grades.rank(f)
                    ? Basis.BETTER_SOURCES
                    : Basis.MORE_RECENT;
        disputed.add(
            new Dispute(
                f.id(),
                f.type().name(),
                f.date() == null ? null : f.date().toString(),
                f.actors(),
                f.content().summary(),
                grades.best(f),
                f.recordedAt(),
                preferred.id(),
                preferred.date() == null ? null : preferred.date().toString(),
                basis,
                choice == null ? null : choice.id(),
                choice == null ? null : choice.content().as(ClaimPreference.class).reason()));
      }
    }
    List<Fact> standing = facts.stream().filter(f -> !setAside.contains(f.id())).toList();
    return new Judged(standing, disputed, List.copyOf(decisive));
  }

  /** The latest choice naming each development, by its id. */
  private static Map<String, Fact> latestChoices(List<Fact> choices) {
    Map<String, Fact> latest = new HashMap<>();
    for (Fact c : choices) {
      latest.merge(
          c.content().as(ClaimPreference.class).preferred(),
          c,
          (a, b) -> a.position() >= b.position() ? a : b);
    }
    return latest;
  }

  private static List<String> ids(List<Fact> facts) {
    return facts.stream().map(Fact::id).distinct().toList();
  }

  /**
   * The Admiralty grades of claims' sources, compared: a citation ranks by its document's
   * reliability, then its credibility; a claim by its best citation. A grade that cannot be judged
   * (F, 6) ranks as no grade, below the known good ones and above the known bad ones (E, 5).
   */
  private record Grades(Map<String, String> reliabilities) {

    private static final String RELIABILITY_ORDER = "ABCD?E";
    private static final String CREDIBILITY_ORDER = "1234?5";

    int rank(Fact fact) {
      return fact.content().sources().stream()
          .mapToInt(this::citationRank)
          .min()
          .orElse(rank(null, null));
    }

    String best(Fact fact) {
      return fact.content().sources().stream()
          .min(Comparator.comparingInt(this::citationRank))
          .map(this::grade)
          .orElse(null);
    }

    private int citationRank(Citation c) {
      return rank(reliabilities.get(c.document()), c.credibility());
    }

    private static int rank(String reliability, Integer credibility) {
      int r = reliability == null ? -1 : RELIABILITY_ORDER.indexOf(reliability);
      int k = credibility == null ? -1 : CREDIBILITY_ORDER.indexOf(String.valueOf(credibility));
      return (r < 0 ? RELIABILITY_ORDER.indexOf('?') : r) * 10
          + (k < 0 ? CREDIBILITY_ORDER.indexOf('?') : k);
    }

    /** The citation's grade as analysts write it, e.g. B2, C, 3; null when ungraded. */
    private String grade(Citation c) {
      String reliability = reliabilities.get(c.document());
      String grade =
          (reliability == null ? "" : reliability)
              + (c.credibility() == null ? "" : c.credibility().toString());
      return grade.isEmpty() ? null : grade;
    }
  }
}
