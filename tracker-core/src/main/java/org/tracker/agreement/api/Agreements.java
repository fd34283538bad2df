package org.tracker.agreement.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracker.agreement.api.AgreementView.Party;
import org.tracker.development.api.AgreementRef;
import org.tracker.fact.api.Fact;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;

/**
 * Folds an agreement's facts, in world order, into its state as of a day.
 *
 * <p>Each actor's status only rises, SIGNATORY &lt; RATIFIED &lt; PARTY, until it withdraws (then
 * any later signature, ratification, accession or entry into force naming it starts again): a
 * signature makes a SIGNATORY; a ratification, accession or succession makes a PARTY when the
 * agreement is in force, else RATIFIED (consent to be bound given); an entry into force makes the
 * actors it names PARTY, or, naming none, every SIGNATORY and RATIFIED actor — never one that
 * withdrew.
 *
 * <p>A fact whose date range contains the day is only POSSIBLE: a beginning that is only possible
 * takes effect, marked POSSIBLE; an ending (withdrawal, termination) that is only possible leaves
 * the earlier state standing, marked POSSIBLE. Ends are exclusive: what ends on a day is no longer
 * in force that day.
 */
public final class Agreements {

  /** Party statuses that rise, lowest first. */
  private static final List<String> RISING = List.of("SIGNATORY", "RATIFIED", "PARTY");

  private Agreements() {}

  public static Optional<AgreementView> fold(String id, List<Fact> facts, LocalDate asOf) {
    List<Fact> visible =
        facts.stream()
            .filter(
                f -> f.content().terms() instanceof AgreementRef a && id.equals(a.agreementId()))
            .filter(f -> f.certaintyOn(asOf) != null)
            .sorted(Fact.IN_DATE_ORDER)
            .toList();
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    String title = null;
    String titleEn = null;
    String instrument = null;
    List<String> obligations = List.of();
    Map<ActorCode, List<String>> obligationsOf = new LinkedHashMap<>();
    String state = null;
    String since = null;
    Certainty certainty = null;
    Map<ActorCode, Party> parties = new LinkedHashMap<>();
    Set<String> basis = new LinkedHashSet<>();
    for (Fact f : visible) {
      Certainty c = f.certaintyOn(asOf);
      String date = f.date().toString();
      AgreementRef terms = f.content().as(AgreementRef.class);
      basis.add(f.id());
      obligationsOf.putAll(terms.obligationsOf());
      switch (f.type()) {
        case AGREEMENT_SIGNED -> {
          title = terms.title();
          titleEn = terms.titleEn();
          instrument = terms.instrument();
          if (terms.obligations() != null) {
            obligations = terms.obligations();
          }
          if (state == null) {
            state = "SIGNED";
            since = date;
            certainty = c;
          }
          f.actors().forEach(a -> rise(parties, a, "SIGNATORY", date, c));
        }
        case AGREEMENT_RATIFIED, AGREEMENT_JOINED -> {
          String status = "IN_FORCE".equals(state) ? "PARTY" : "RATIFIED";
          f.actors().forEach(a -> rise(parties, a, status, date, c));
        }
        case AGREEMENT_ENTERED_INTO_FORCE -> {
          if (title == null) { // an agreement known from its entry into force alone
            title = terms.title();
            titleEn = terms.titleEn();
          }
          if (obligations.isEmpty() && terms.obligations() != null) {
            obligations = terms.obligations();
          }
          state = "IN_FORCE";
          since = date;
          certainty = c;
          if (f.actors().isEmpty()) {
            List.copyOf(parties.values()).stream()
                .filter(p -> p.status().equals("SIGNATORY") || p.status().equals("RATIFIED"))
                .forEach(
                    p ->
                        parties.put(
                            p.actor(),
                            new Party(p.actor(), "PARTY", date, weaker(c, p.certainty()))));
          } else {
            f.actors().forEach(a -> rise(parties, a, "PARTY", date, c));
          }
        }
        case AGREEMENT_AMENDED -> {
          if (terms.obligations() != null) {
            obligations = terms.obligations();
          }
        }
        case AGREEMENT_PARTY_WITHDREW ->
            f.actors()
                .forEach(
                    a -> {
                      Party before = parties.get(a);
                      parties.put(
                          a,
                          c == Certainty.POSSIBLE && before != null
                              ? new Party(a, before.status(), before.since(), Certainty.POSSIBLE)
                              : new Party(a, "WITHDRAWN", date, c));
                    });
        case AGREEMENT_TERMINATED -> {
          if (c == Certainty.POSSIBLE && state != null) {
            certainty = Certainty.POSSIBLE;
          } else {
            state = "TERMINATED";
            since = date;
            certainty = c;
          }
        }
        default -> {
          // other developments about the agreement do not change its state
        }
      }
    }
    return Optional.of(
        new AgreementView(
            id,
            title,
            titleEn,
            instrument,
            parties.size() <= 2,
            state,
            since,
            certainty,
            new ArrayList<>(parties.values()),
            obligations,
            obligationsOf,
            asOf,
            List.copyOf(basis)));
  }

  /**
   * Gives the actor the status unless it already has that status or a higher one; an actor that
   * withdrew (or never was one) takes it whatever it is.
   */
  private static void rise(
      Map<ActorCode, Party> parties, ActorCode actor, String status, String date, Certainty c) {
    Party before = parties.get(actor);
    if (before == null || RISING.indexOf(status) > RISING.indexOf(before.status())) {
      parties.put(actor, new Party(actor, status, date, c));
    }
  }

  private static Certainty weaker(Certainty one, Certainty other) {
    return one == Certainty.POSSIBLE || other == Certainty.POSSIBLE
        ? Certainty.POSSIBLE
        : Certainty.CERTAIN;
  }
}
