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
 * Folds an agreement's facts, in world order, into its state as of a day. A fact whose date range
 * contains the day is only POSSIBLE: an ending (withdrawal, termination) that is only possible
 * leaves the earlier state standing, marked POSSIBLE. Ends are exclusive: what ends on a day is no
 * longer in force that day.
 */
public final class Agreements {

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
          f.actors().forEach(a -> parties.put(a, new Party(a, "SIGNATORY", date, c)));
        }
        case AGREEMENT_JOINED -> {
          String status = "IN_FORCE".equals(state) ? "PARTY" : "SIGNATORY";
          f.actors().forEach(a -> parties.put(a, new Party(a, status, date, c)));
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
          List<ActorCode> named = f.actors().isEmpty() ? List.copyOf(parties.keySet()) : f.actors();
          named.forEach(a -> parties.put(a, new Party(a, "PARTY", date, c)));
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
            asOf,
            List.copyOf(basis)));
  }
}
