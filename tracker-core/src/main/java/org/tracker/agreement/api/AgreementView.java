package org.tracker.agreement.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Dispute;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;

/**
 * An agreement as of a day: the instrument's state (SIGNED, IN_FORCE, TERMINATED) with since and
 * certainty, each party's state (SIGNATORY, RATIFIED, PARTY, WITHDRAWN), its obligations and those
 * stated for a party of its own ({@code obligationsOf}, by actor), and the developments the answer
 * rests on.
 */
public record AgreementView(
    String id,
    String title,
    String titleEn,
    String instrument,
    boolean bilateral,
    String state,
    String since,
    Certainty certainty,
    List<Party> parties,
    List<String> obligations,
    Map<ActorCode, List<String>> obligationsOf,
    LocalDate asOf,
    List<String> basis,
    List<Dispute> disputed)
    implements Hedged.Since {

  /** The agreement before any competing claims about it were judged (none disputed). */
  public AgreementView(
      String id,
      String title,
      String titleEn,
      String instrument,
      boolean bilateral,
      String state,
      String since,
      Certainty certainty,
      List<Party> parties,
      List<String> obligations,
      Map<ActorCode, List<String>> obligationsOf,
      LocalDate asOf,
      List<String> basis) {
    this(
        id,
        title,
        titleEn,
        instrument,
        bilateral,
        state,
        since,
        certainty,
        parties,
        obligations,
        obligationsOf,
        asOf,
        basis,
        List.of());
  }

  /**
   * The same answer with the competing claims judged set aside ({@code disputed}), and the
   * analysts' choices that decided them among the developments it rests on.
   */
  public AgreementView withDisputed(Claims.Judged judged) {
    if (judged.disputed().isEmpty()) {
      return this;
    }
    return new AgreementView(
        id,
        title,
        titleEn,
        instrument,
        bilateral,
        state,
        since,
        certainty,
        parties,
        obligations,
        obligationsOf,
        asOf,
        judged.withChoices(basis),
        judged.disputed());
  }

  public AgreementView {
    parties = List.copyOf(parties);
    obligations = List.copyOf(obligations);
    obligationsOf = Collections.unmodifiableMap(new TreeMap<>(obligationsOf));
    basis = List.copyOf(basis);
  }

  /** One party's state in the agreement. */
  public record Party(ActorCode actor, String status, String since, Certainty certainty)
      implements Hedged.Since {}

  /** Both are parties and the agreement is in force. */
  public boolean inForceBetween(ActorCode a, ActorCode b) {
    return "IN_FORCE".equals(state) && hasStatus(a, "PARTY") && hasStatus(b, "PARTY");
  }

  /**
   * Both have signed, ratified or acceded to it (or are parties already), it is not in force
   * between them, it is not terminated and neither withdrew: it would bind them once in force for
   * both.
   */
  public boolean pendingBetween(ActorCode a, ActorCode b) {
    return !"TERMINATED".equals(state) && committed(a) && committed(b) && !inForceBetween(a, b);
  }

  /** The actor's state in the agreement, if it has one. */
  public Optional<Party> party(ActorCode actor) {
    return parties.stream().filter(p -> p.actor().equals(actor)).findFirst();
  }

  /** What the actor undertakes: its own obligations where stated, else the agreement's. */
  public List<String> undertakings(ActorCode actor) {
    return obligationsOf.getOrDefault(actor, obligations);
  }

  private boolean hasStatus(ActorCode actor, String status) {
    return party(actor).filter(p -> p.status().equals(status)).isPresent();
  }

  private boolean committed(ActorCode actor) {
    return party(actor).filter(p -> !p.status().equals("WITHDRAWN")).isPresent();
  }
}
