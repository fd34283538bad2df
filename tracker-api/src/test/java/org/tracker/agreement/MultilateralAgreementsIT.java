package org.tracker.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.Ndjson;
import org.tracker.testing.Projections;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Agreements in a multilateral world, against a brute-force oracle: a generated corpus of
 * multilateral agreements (signatures, ratifications, accessions and successions, entries into
 * force for all or for some, withdrawals, terminations; dates of year, month or day precision) is
 * imported into a real database, then for random pairs of actors and days the agreements the API
 * says are in force (and pending) between the two are those the rules below, applied by plain loops
 * over the generated developments, say.
 *
 * <p>The rules, as the oracle applies them to one agreement's developments dated on or before the
 * day, in world order (earliest day, coarser precision first, qualifier, then line of the file):
 *
 * <ul>
 *   <li>An actor's status only rises, signatory &lt; ratified &lt; party, until it withdraws: a
 *       signature makes it a signatory; a ratification or accession (or succession) a party if the
 *       agreement is in force, else ratified; an entry into force naming actors makes them parties,
 *       one naming none every signatory and ratified actor (not one that withdrew).
 *   <li>A partially dated development whose range holds the day (2004 asked on 2004-06-01) counts
 *       as possibly happened: a beginning takes effect; an ending (withdrawal, termination) does
 *       not, unless there is nothing for it to leave standing.
 *   <li>In force between two: the agreement is in force (not terminated) and both are parties.
 *       Pending: not terminated, both have a status and neither withdrew, not in force between
 *       them.
 * </ul>
 *
 * Seeded: a failure names its seed; rerun with {@code -Dagreements.seed=<seed>}.
 */
@TrackerIntegrationTest
class MultilateralAgreementsIT {

  private static final long SEED = Long.getLong("agreements.seed", new Random().nextLong());
  private static final int AGREEMENTS = 220;
  private static final int ACTORS = 30;
  private static final int QUESTIONS = 360;
  private static final String NDJSON = "application/x-ndjson";

  @LocalServerPort int port;
  @Autowired EventProcessingConfiguration processing;
  @Autowired DataSource dataSource;

  /** One generated development about an agreement, as written on its line of the file. */
  record Development(int line, String agreement, String type, String date, List<String> actors) {}

  @Test
  void theAgreementsBetweenAnyTwoActorsOnAnyDayAreThoseTheRulesGiveWhateverMadeEachAParty() {
    Random random = new Random(SEED);
    String run = UUID.randomUUID().toString().substring(0, 8);
    String doc = "doc-mla-" + run;
    List<String> actors = new ArrayList<>();
    for (int i = 0; i < ACTORS; i++) {
      actors.add(Fixtures.freshCode());
    }
    Map<String, List<String>> partiesOf = new LinkedHashMap<>();
    List<Development> corpus = generate(random, run, actors, partiesOf);
    Ndjson file = new Ndjson().document(doc);
    actors.forEach(file::actor);
    assertThat(corpus.get(0).line()).as("the first development's line").isEqualTo(file.size() + 1);
    corpus.forEach(d -> file.line(line(d, doc)));
    Api api = new Api(port);

    Api.Response imported = api.post("/api/import", NDJSON, file.toString());

    assertThat(imported.status()).as(seed() + imported.text()).isEqualTo(200);
    Projections.awaitCaughtUp(processing, dataSource, Duration.ofSeconds(60));
    List<String> wrong = new ArrayList<>();
    int bound = 0;
    int pendingSeen = 0;
    int withinARange = 0;
    for (int q = 0; q < QUESTIONS; q++) {
      List<String> pair = pair(random, actors, partiesOf);
      LocalDate day = day(random, corpus, partiesOf, pair);
      Answer expected = oracle(corpus, pair.get(0), pair.get(1), day);
      JsonNode answer =
          api.get("/api/relationships/" + pair.get(0) + "/" + pair.get(1) + "?asOf=" + day).json();
      Answer actual =
          new Answer(ids(answer.path("agreementsInForce")), ids(answer.path("agreementsPending")));
      if (!actual.equals(expected)) {
        wrong.add(pair + " on " + day + ": expected " + expected + ", got " + actual);
      }
      bound += expected.inForce().isEmpty() ? 0 : 1;
      pendingSeen += expected.pending().isEmpty() ? 0 : 1;
      withinARange += insideTheirRanges(corpus, pair, day) ? 1 : 0;
    }
    for (int q = 0; q < 6; q++) {
      String actor = actors.get(random.nextInt(ACTORS));
      LocalDate day = LocalDate.of(1960 + random.nextInt(60), 1 + random.nextInt(12), 15);
      Map<String, Answer> listed = new HashMap<>();
      for (JsonNode r :
          api.get("/api/relationships?actor=" + actor + "&kind=all&asOf=" + day)
              .json()
              .path("relationships")) {
        String other =
            r.path("actors").get(0).asText().equals(actor)
                ? r.path("actors").get(1).asText()
                : r.path("actors").get(0).asText();
        listed.put(
            other, new Answer(ids(r.path("agreementsInForce")), ids(r.path("agreementsPending"))));
      }
      for (String other : actors) {
        Answer expected = oracle(corpus, actor, other, day);
        Answer actual = listed.getOrDefault(other, new Answer(Set.of(), Set.of()));
        if (!other.equals(actor) && !actual.equals(expected)) {
          wrong.add(
              "list of "
                  + actor
                  + " on "
                  + day
                  + ", "
                  + other
                  + ": expected "
                  + expected
                  + ", got "
                  + actual);
        }
      }
    }

    assertThat(wrong).as(seed() + "%d questions wrong", wrong.size()).isEmpty();
    assertThat(bound)
        .as(seed() + "questions with an agreement in force")
        .isGreaterThan(QUESTIONS / 5);
    assertThat(pendingSeen).as(seed() + "questions with a pending agreement").isGreaterThan(10);
    assertThat(withinARange).as(seed() + "days inside a development's range").isGreaterThan(30);
  }

  private static String seed() {
    return "seed " + SEED + " (rerun with -Dagreements.seed=" + SEED + "): ";
  }

  // ------------------------------------------------------------------------------------------
  // the oracle: plain loops over the generated developments

  record Answer(Set<String> inForce, Set<String> pending) {}

  private static Answer oracle(List<Development> corpus, String a, String b, LocalDate day) {
    Map<String, List<Development>> byAgreement = new HashMap<>();
    for (Development d : corpus) {
      if (!first(d.date()).isAfter(day)) {
        byAgreement.computeIfAbsent(d.agreement(), k -> new ArrayList<>()).add(d);
      }
    }
    Set<String> inForce = new TreeSet<>();
    Set<String> pending = new TreeSet<>();
    for (Map.Entry<String, List<Development>> agreement : byAgreement.entrySet()) {
      List<Development> happened = new ArrayList<>(agreement.getValue());
      happened.sort(
          Comparator.comparing((Development d) -> first(d.date()))
              .thenComparingInt(d -> precision(d.date()))
              .thenComparingInt(d -> qualifier(d.date()))
              .thenComparingInt(Development::line));
      String state = null;
      // 1 signatory, 2 ratified, 3 party, -1 withdrew; absent: no part in it
      Map<String, Integer> status = new HashMap<>();
      for (Development d : happened) {
        boolean onlyPossibly = last(d.date()).isAfter(day);
        switch (d.type()) {
          case "AGREEMENT_SIGNED" -> {
            if (state == null) {
              state = "SIGNED";
            }
            d.actors().forEach(x -> raise(status, x, 1));
          }
          case "AGREEMENT_RATIFIED", "AGREEMENT_JOINED" -> {
            int to = "IN_FORCE".equals(state) ? 3 : 2;
            d.actors().forEach(x -> raise(status, x, to));
          }
          case "AGREEMENT_ENTERED_INTO_FORCE" -> {
            state = "IN_FORCE";
            if (d.actors().isEmpty()) {
              status.replaceAll((x, s) -> s == 1 || s == 2 ? 3 : s);
            } else {
              d.actors().forEach(x -> raise(status, x, 3));
            }
          }
          case "AGREEMENT_PARTY_WITHDREW" -> {
            for (String x : d.actors()) {
              if (!(onlyPossibly && status.containsKey(x))) {
                status.put(x, -1);
              }
            }
          }
          case "AGREEMENT_TERMINATED" -> {
            if (!(onlyPossibly && state != null)) {
              state = "TERMINATED";
            }
          }
          default -> {
            // an amendment changes no one's part in it
          }
        }
      }
      int sa = status.getOrDefault(a, 0);
      int sb = status.getOrDefault(b, 0);
      if ("IN_FORCE".equals(state) && sa == 3 && sb == 3) {
        inForce.add(agreement.getKey());
      } else if (!"TERMINATED".equals(state) && sa > 0 && sb > 0) {
        pending.add(agreement.getKey());
      }
    }
    return new Answer(inForce, pending);
  }

  private static void raise(Map<String, Integer> status, String actor, int to) {
    if (status.getOrDefault(actor, 0) < to) {
      status.put(actor, to);
    }
  }

  /** The first day a date written YYYY, YYYY-MM or YYYY-MM-DD (maybe with ~) may denote. */
  static LocalDate first(String date) {
    String[] parts = date.replace("~", "").split("-");
    return LocalDate.of(
        Integer.parseInt(parts[0]),
        parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
        parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
  }

  /** The last day it may denote. */
  static LocalDate last(String date) {
    String[] parts = date.replace("~", "").split("-");
    int year = Integer.parseInt(parts[0]);
    if (parts.length == 1) {
      return LocalDate.of(year, 12, 31);
    }
    YearMonth month = YearMonth.of(year, Integer.parseInt(parts[1]));
    return parts.length == 2 ? month.atEndOfMonth() : month.atDay(Integer.parseInt(parts[2]));
  }

  private static int precision(String date) {
    return date.replace("~", "").split("-").length;
  }

  private static int qualifier(String date) {
    return date.endsWith("~") ? 1 : 0;
  }

  // ------------------------------------------------------------------------------------------
  // the corpus

  /**
   * Agreements of 3–12 parties among the actors: some parties sign (in one development or several),
   * some ratify, the agreement enters into force for all or for some (or never), the others accede
   * or succeed later, some withdraw (and some of those join again), some agreements are terminated.
   */
  private static List<Development> generate(
      Random r, String run, List<String> actors, Map<String, List<String>> partiesOf) {
    List<Development> corpus = new ArrayList<>();
    int line = ACTORS + 2; // after the document and the actors
    for (int k = 0; k < AGREEMENTS; k++) {
      String id = "mla-" + run + "-" + k;
      List<String> parties = new ArrayList<>(actors);
      java.util.Collections.shuffle(parties, r);
      parties = List.copyOf(parties.subList(0, 3 + r.nextInt(10)));
      partiesOf.put(id, parties);
      int joiners = r.nextInt(Math.min(4, parties.size() - 2) + 1);
      List<String> signatories = parties.subList(0, parties.size() - joiners);
      List<Development> events = new ArrayList<>();
      int year = 1955 + r.nextInt(55);
      if (r.nextInt(10) < 6) {
        events.add(dev(id, "AGREEMENT_SIGNED", date(r, year), signatories));
      } else {
        int split = 1 + r.nextInt(signatories.size() - 1);
        events.add(dev(id, "AGREEMENT_SIGNED", date(r, year), signatories.subList(0, split)));
        events.add(
            dev(
                id,
                "AGREEMENT_SIGNED",
                date(r, year + r.nextInt(2)),
                signatories.subList(split, signatories.size())));
      }
      for (String s : signatories) {
        if (r.nextInt(10) < 4) {
          events.add(dev(id, "AGREEMENT_RATIFIED", date(r, year + r.nextInt(4)), List.of(s)));
        }
      }
      if (r.nextInt(100) < 85) {
        int inForce = year + 1 + r.nextInt(4);
        if (r.nextInt(10) < 7) {
          events.add(dev(id, "AGREEMENT_ENTERED_INTO_FORCE", date(r, inForce), List.of()));
        } else {
          List<String> some = new ArrayList<>(signatories);
          java.util.Collections.shuffle(some, r);
          events.add(
              dev(
                  id,
                  "AGREEMENT_ENTERED_INTO_FORCE",
                  date(r, inForce),
                  List.copyOf(some.subList(0, 1 + r.nextInt(some.size())))));
          if (r.nextBoolean()) {
            events.add(
                dev(
                    id,
                    "AGREEMENT_ENTERED_INTO_FORCE",
                    date(r, inForce + r.nextInt(5)),
                    List.of()));
          }
        }
      }
      for (String j : parties.subList(parties.size() - joiners, parties.size())) {
        events.add(dev(id, "AGREEMENT_JOINED", date(r, year + r.nextInt(16)), List.of(j)));
      }
      for (String p : parties) {
        if (r.nextInt(100) < 15) {
          int withdrew = year + r.nextInt(25); // sometimes before it is in force
          events.add(dev(id, "AGREEMENT_PARTY_WITHDREW", date(r, withdrew), List.of(p)));
          if (r.nextInt(10) < 3) {
            events.add(
                dev(id, "AGREEMENT_JOINED", date(r, withdrew + 1 + r.nextInt(8)), List.of(p)));
          }
        }
      }
      if (r.nextInt(100) < 15) {
        events.add(dev(id, "AGREEMENT_TERMINATED", date(r, year + 10 + r.nextInt(30)), List.of()));
      }
      if (r.nextInt(100) < 10) {
        events.add(dev(id, "AGREEMENT_AMENDED", date(r, year + r.nextInt(20)), List.of()));
      }
      for (Development d : events) {
        corpus.add(new Development(line++, d.agreement(), d.type(), d.date(), d.actors()));
      }
    }
    return corpus;
  }

  private static Development dev(String id, String type, String date, List<String> actors) {
    return new Development(0, id, type, date, List.copyOf(actors));
  }

  /** A date in the year: a day, a month or the year alone, now and then approximate. */
  private static String date(Random r, int year) {
    LocalDate day = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
    String text =
        switch (r.nextInt(10)) {
          case 0, 1, 2 -> String.valueOf(year);
          case 3, 4, 5 -> "%d-%02d".formatted(year, day.getMonthValue());
          default -> day.toString();
        };
    return r.nextInt(20) == 0 ? text + "~" : text;
  }

  private static String line(Development d, String doc) {
    StringBuilder attributes =
        new StringBuilder("{\"agreementId\":\"").append(d.agreement()).append('"');
    switch (d.type()) {
      case "AGREEMENT_SIGNED" ->
          attributes.append(",\"title\":\"Treaty ").append(d.agreement()).append('"');
      case "AGREEMENT_AMENDED" -> attributes.append(",\"change\":\"article 2\"");
      case "AGREEMENT_JOINED" -> {
        if (d.line() % 5 == 0) {
          attributes.append(",\"by\":\"SUCCESSION\"");
        }
      }
      default -> {}
    }
    attributes.append('}');
    return """
        {"id":"%s","type":"%s","date":"%s","actors":[%s],"attributes":%s,\
        "summary":{"en":"%s"},"sources":[{"document":"%s","locator":"line %d"}]}"""
        .formatted(
            UUID.randomUUID(),
            d.type(),
            d.date(),
            String.join(",", d.actors().stream().map(a -> "\"" + a + "\"").toList()),
            attributes,
            d.type().toLowerCase() + " " + d.agreement(),
            doc,
            d.line());
  }

  // ------------------------------------------------------------------------------------------
  // the questions

  /** Mostly two parties of one agreement; now and then any two actors. */
  private static List<String> pair(
      Random r, List<String> actors, Map<String, List<String>> partiesOf) {
    List<String> from =
        r.nextInt(5) == 0
            ? actors
            : new ArrayList<>(partiesOf.values()).get(r.nextInt(partiesOf.size()));
    int i = r.nextInt(from.size());
    int j = (i + 1 + r.nextInt(from.size() - 1)) % from.size();
    return List.of(from.get(i), from.get(j));
  }

  /** Half the time a day inside one of the pair's developments' ranges; else any day. */
  private static LocalDate day(
      Random r, List<Development> corpus, Map<String, List<String>> partiesOf, List<String> pair) {
    if (r.nextBoolean()) {
      List<Development> theirs =
          corpus.stream()
              .filter(d -> d.actors().contains(pair.get(0)) || d.actors().contains(pair.get(1)))
              .toList();
      if (!theirs.isEmpty()) {
        Development d = theirs.get(r.nextInt(theirs.size()));
        LocalDate from = first(d.date());
        long span = last(d.date()).toEpochDay() - from.toEpochDay() + 1;
        return from.plusDays(r.nextLong(span));
      }
    }
    return LocalDate.of(1950, 1, 1).plusDays(r.nextInt(80 * 365));
  }

  /** Whether the day falls inside the range of a development naming one of the two. */
  private static boolean insideTheirRanges(
      List<Development> corpus, List<String> pair, LocalDate day) {
    return corpus.stream()
        .filter(d -> d.actors().contains(pair.get(0)) || d.actors().contains(pair.get(1)))
        .anyMatch(d -> !first(d.date()).isAfter(day) && last(d.date()).isAfter(day));
  }

  private static Set<String> ids(JsonNode entries) {
    Set<String> ids = new TreeSet<>();
    entries.forEach(e -> ids.add(e.path("id").asText()));
    return ids;
  }
}
