package org.tracker.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.development.api.ClaimPreference;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.ProposalRef;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Claims.Judged;
import org.tracker.fact.api.Dispute;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.proposal.api.ListProposals;
import org.tracker.proposal.api.ProposalList;
import org.tracker.proposal.api.ProposalView;
import org.tracker.proposal.api.ProposalView.Step;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.PartialDate;

/** Folds proposals' facts into their status as of a day. */
public class Proposals {

  private static final Set<DevelopmentType> TYPES =
      EnumSet.of(
          DevelopmentType.PROPOSAL_MADE,
          DevelopmentType.PROPOSAL_ENDORSED,
          DevelopmentType.PROPOSAL_REALISED,
          DevelopmentType.PROPOSAL_ABANDONED);

  private final Facts facts;
  private final Claims.Evidence evidence;

  /** Proposals whose competing claims are judged without analysts' choices or graded documents. */
  public Proposals(Facts facts) {
    this(facts, Claims.Evidence.of(facts, documents -> Map.of()));
  }

  public Proposals(Facts facts, Claims.Evidence evidence) {
    this.facts = facts;
    this.evidence = evidence;
  }

  @QueryHandler
  public ProposalList handle(ListProposals query) {
    Map<String, List<Fact>> byProposal = new TreeMap<>();
    for (Fact f : facts.ofTypes(TYPES, query.knownAt())) {
      byProposal
          .computeIfAbsent(f.content().as(ProposalRef.class).proposalId(), k -> new ArrayList<>())
          .add(f);
    }
    List<ProposalView> proposals = new ArrayList<>();
    byProposal.forEach(
        (id, list) -> {
          ProposalView view = fold(id, Claims.judge(list, evidence, query.knownAt()), query.asOf());
          if (view != null) {
            proposals.add(view);
          }
        });
    return new ProposalList(proposals);
  }

  /** The proposal as of the day from all its facts, none of them contested. */
  public static ProposalView fold(String id, List<Fact> all, LocalDate asOf) {
    return fold(id, Judged.uncontested(all), asOf);
  }

  /**
   * The proposal as of the day from its facts judged: the claims standing make its state, the
   * analysts' choices that decided between claims close its history, and the claims set aside are
   * listed as disputed from their own date on.
   */
  public static ProposalView fold(String id, Judged judged, LocalDate asOf) {
    List<Fact> visible =
        judged.standing().stream()
            .filter(f -> f.certaintyOn(asOf) != null)
            .sorted(Fact.IN_DATE_ORDER)
            .toList();
    if (visible.isEmpty()) {
      return null;
    }
    String title = null;
    String titleEn = null;
    String place = null;
    String status = null;
    String since = null;
    Certainty certainty = null;
    Set<ActorCode> proposers = new LinkedHashSet<>();
    Set<ActorCode> endorsers = new LinkedHashSet<>();
    List<Step> history = new ArrayList<>();
    for (Fact f : visible) {
      Certainty c = f.certaintyOn(asOf);
      history.add(new Step(f.id(), f.type().name(), f.date().toString(), c));
      String next =
          switch (f.type()) {
            case PROPOSAL_MADE -> {
              ProposalRef made = f.content().as(ProposalRef.class);
              title = title == null ? made.title() : title;
              titleEn = titleEn == null ? made.titleEn() : titleEn;
              place = place == null ? made.place() : place;
              proposers.addAll(f.actors());
              yield status == null ? "PROPOSED" : status;
            }
            case PROPOSAL_ENDORSED -> {
              endorsers.addAll(f.actors());
              yield "REALISED".equals(status) || "ABANDONED".equals(status) ? status : "ENDORSED";
            }
            case PROPOSAL_REALISED -> "REALISED";
            case PROPOSAL_ABANDONED -> "ABANDONED";
            default -> status;
          };
      if (!next.equals(status)) {
        status = next;
        since = f.date().toString();
        certainty = c;
      }
    }
    for (Fact choice : judged.choices()) {
      history.add(
          new Step(
              choice.id(),
              choice.type().name(),
              null,
              null,
              choice.content().as(ClaimPreference.class).reason()));
    }
    List<Dispute> disputed =
        judged.disputed().stream()
            .filter(d -> Certainty.of(PartialDate.parse(d.date()), asOf) != null)
            .toList();
    return new ProposalView(
        id,
        title,
        titleEn,
        place,
        status,
        since,
        certainty,
        List.copyOf(proposers),
        List.copyOf(endorsers),
        history,
        disputed,
        history.stream().map(Step::developmentId).distinct().toList());
  }
}
