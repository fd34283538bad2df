package org.tracker.bench;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * The shared dataset's log as an import file: developments between random actors and dates
 * 1960–2019 — partnerships, visits, meetings, agreements (signed by their two parties, in force),
 * project milestones and quantities — over {@link #actors(long)} actors and one agreement and one
 * project per 200 developments. An agreement's parties are fixed by its number, as a real bilateral
 * agreement's are.
 */
final class SyntheticLog {

  /** Actors at 1,000,000 developments; a log of n has 200·√(n/1M), so every dyad is as busy. */
  private static final int ACTORS_AT_1M = 200;

  /** Agreements and projects: one per 200 developments (5,000 at 1,000,000). */
  private static final int DEVELOPMENTS_PER_SUBJECT = 200;

  private SyntheticLog() {}

  static int actors(long developments) {
    return (int) Math.max(20, Math.round(ACTORS_AT_1M * Math.sqrt(developments / 1e6)));
  }

  /** Lines of a file of {@code count} developments: them, the actors and one document. */
  static long lines(long count) {
    return count + actors(count) + 1;
  }

  /** A day between 1960 and 2019. */
  static String date(Random r) {
    return LocalDate.of(1960, 1, 1).plusDays(r.nextInt(60 * 365)).toString();
  }

  /** Writes a file of {@code count} developments; actors are named A0, A1, … */
  static void write(Path file, long count, Random r) throws Exception {
    int actors = actors(count);
    String[] levels = {
      "PARTNERSHIP", "STRATEGIC_PARTNERSHIP", "COMPREHENSIVE_STRATEGIC_PARTNERSHIP"
    };
    int subjects = (int) Math.max(1, count / DEVELOPMENTS_PER_SUBJECT);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(
          "{\"type\":\"DOCUMENT_REGISTERED\",\"attributes\":{\"documentId\":\"bench\","
              + "\"title\":\"Synthetic log\",\"language\":\"en\"}}\n");
      for (int i = 0; i < actors; i++) {
        out.write(
            ("{\"type\":\"ACTOR_REGISTERED\",\"attributes\":{\"code\":\"A%d\",\"kind\":"
                    + "\"ORGANIZATION\",\"name\":{\"en\":\"Actor %d\",\"zh-Hant\":\"行為者%d\"}}}\n")
                .formatted(i, i, i));
      }
      for (long n = 0; n < count; n++) {
        int a = r.nextInt(actors);
        int b = (a + 1 + r.nextInt(actors - 1)) % actors;
        String date = date(r);
        String head = "{\"id\":\"" + UUID.randomUUID() + "\",\"date\":\"" + date + "\",";
        String tail =
            ",\"summary\":{\"en\":\"synthetic "
                + n
                + "\",\"zh-Hant\":\"合成\"},"
                + "\"sources\":[{\"document\":\"bench\",\"locator\":\"row "
                + n
                + "\"}]}\n";
        String pair = "\"actors\":[\"A" + a + "\",\"A" + b + "\"]";
        int number = r.nextInt(subjects);
        String subject = String.valueOf(number);
        int partyA = number % actors;
        int partyB = (partyA + 1 + (number / actors) % (actors - 1)) % actors;
        String body =
            switch (r.nextInt(8)) {
              case 0 ->
                  "\"type\":\"PARTNERSHIP_ESTABLISHED\","
                      + pair
                      + ",\"attributes\":{\"level\":\""
                      + levels[r.nextInt(3)]
                      + "\",\"label\":\"夥伴關係\"}";
              case 1, 2 -> "\"type\":\"VISIT\"," + pair + ",\"attributes\":{\"level\":\"STATE\"}";
              case 3 -> "\"type\":\"MEETING\"," + pair + ",\"attributes\":{}";
              case 4 ->
                  "\"type\":\"AGREEMENT_SIGNED\",\"actors\":[\"A"
                      + partyA
                      + "\",\"A"
                      + partyB
                      + "\"]"
                      + ",\"attributes\":{\"agreementId\":\"agr-"
                      + subject
                      + "\",\"title\":\"協定 "
                      + subject
                      + "\",\"obligations\":[\"TRADE\"]}";
              case 5 ->
                  "\"type\":\"AGREEMENT_ENTERED_INTO_FORCE\",\"actors\":[],\"attributes\":"
                      + "{\"agreementId\":\"agr-"
                      + subject
                      + "\"}";
              case 6 ->
                  "\"type\":\"PROJECT_MILESTONE\",\"actors\":[\"A"
                      + a
                      + "\"],\"attributes\":"
                      + "{\"projectId\":\"prj-"
                      + subject
                      + "\",\"milestone\":\"CONSTRUCTION_STARTED\","
                      + "\"status\":\"ACTUAL\"}";
              default ->
                  "\"type\":\"PROJECT_QUANTITY_REPORTED\",\"actors\":[\"A"
                      + a
                      + "\"],"
                      + "\"attributes\":{\"projectId\":\"prj-"
                      + subject
                      + "\",\"quantity\":\"volume\","
                      + "\"value\":"
                      + r.nextInt(100)
                      + ",\"unit\":\"bcm\"}";
            };
        out.write(head + body + tail);
      }
    }
  }
}
