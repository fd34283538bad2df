package org.tracker.development;

import java.util.stream.Collectors;
import org.tracker.development.api.AttributeSpec;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.Rung;
import org.tracker.development.api.SourceGrades;
import org.tracker.shared.EventName;
import org.tracker.watch.api.WatchItemEvent;

/** Renders the vocabulary as the Markdown of {@code docs/vocabulary.md}. */
public final class VocabularyTable {

  private VocabularyTable() {}

  private static String credibilityScale() {
    return SourceGrades.CREDIBILITY.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Development types\n\n")
        .append("Generated from `DevelopmentType` (a test fails when this file and the code")
        .append(" disagree; run `./mvnw -pl tracker-core test -Dtracker.docs.write=true` to")
        .append(" regenerate). `GET /api/vocabulary` answers the same as JSON.\n\n")
        .append("Every development has `type`, `date` (a partial date: `YYYY`, `YYYY-MM` or")
        .append(" `YYYY-MM-DD`, optionally `~` approximate, `?` uncertain, `%` both), `actors`")
        .append(" (registered codes), `attributes`, `summary` and `sources` (at least one: a")
        .append(
            " registered `document`, a `locator`, and the verbatim `quote` where there is one).")
        .append(" Registrations need no date, summary or source; an analyst's `CLAIM_PREFERRED`")
        .append(" has no date and needs no summary (its `reason` says why) but cites a source.\n\n")
        .append("Sources are graded on the Admiralty (NATO) scale, both grades optional: a")
        .append(" document's `reliability` (an attribute of its `DOCUMENT_REGISTERED`: ")
        .append(SourceGrades.reliabilityScale())
        .append(") and a citation's `credibility` (a field of each source: ")
        .append(credibilityScale())
        .append("). Registering a document again with a grade added is recorded as a correction")
        .append(" of its registration; a grade changes by a correction. Answers show each source")
        .append(" with both: the citation's `credibility` and its document's `reliability` as now")
        .append(" registered.\n\n")
        .append("Two notions say how sure a date is, and answers give both wherever they give a")
        .append(" date. `certainty` is about the day asked (`asOf`): CERTAIN when the date's whole")
        .append(
            " range had passed by then, POSSIBLE when the day falls inside it (a month-precision")
        .append(
            " date asked about mid-month). `dateQualifier` is about the source: `UNCERTAIN` for")
        .append(" `?` (the source is not sure of the date), `APPROXIMATE` for `~` (about then),")
        .append(" `UNCERTAIN_AND_APPROXIMATE` for `%`, absent for a date the source gives plainly")
        .append(" (fields named after their date, e.g. `statusDateQualifier`, `expectedQualifier`,")
        .append(" `openedOnQualifier`, follow the same rule). So `2018?` asked about in 2020 is")
        .append(" CERTAIN to have passed and still UNCERTAIN as a date; the dashboard shows it as")
        .append(" \"2018 (uncertain)\".\n\n")
        .append(
            "Competing claims are two current developments of the same type about the same thing")
        .append(
            " that disagree on its date (or, for `PROPOSAL_MADE`, on who proposed it or where):")
        .append(" `PARTNERSHIP_ESTABLISHED` of one dyad at one level; an agreement's signing,")
        .append(" ratification, accession, entry into force or withdrawal by the same parties, or")
        .append(" its termination; an organisation's founding or dissolution; a membership change")
        .append(" to one status for the same members; a project's `ACTUAL` milestone that happens")
        .append(" once (not a slip or a suspension); a proposal made, realised or abandoned, or")
        .append(" endorsed by the same actors. Visits, meetings, statements, reaffirmations,")
        .append(
            " amendments, quantities, forecasts and roles recur and never compete. Answers take")
        .append(" one claim — the one an analyst's latest `CLAIM_PREFERRED` names, else the one")
        .append(" whose best source is graded better (reliability, then credibility; F and 6 rank")
        .append(" as ungraded, above E and 5), else the one recorded or corrected last — with the")
        .append(" claims that agree with it, and list each other one under `disputed` with its")
        .append(" date, actors, summary, best grade, when it was recorded, the claim preferred and")
        .append(
            " the `basis` (`ANALYST_CHOICE` with the choice and its `reason`, `BETTER_SOURCES`,")
        .append(" `MORE_RECENT`). Nothing is averaged; a disputed claim is listed from its own")
        .append(" date on. See ADR 0018.\n\n")
        .append("A summary, like every `names` attribute, is an object of texts by BCP-47 language")
        .append(" tag, at least one non-blank: `{\"en\": \"…\", \"zh-Hant\": \"…\", \"zh-Hans\":")
        .append(
            " \"…\", \"ru\": \"…\"}`. Any well-formed tag is taken as written (`xx_YY` is not one:")
        .append(
            " BCP-47 separates subtags with `-`); a language may appear once. Where a language is")
        .append(
            " asked for and missing, the same language under another tag answers (`zh-Hant` for")
        .append(" `zh-Hans`), else English, else the first text.\n\n")
        .append("| Type | Meaning | Actors | Required attributes | Optional attributes | CAMEO |")
        .append(" PLOVER |\n|---|---|---|---|---|---|---|\n");
    for (DevelopmentType type : DevelopmentType.values()) {
      md.append("| `")
          .append(type.name())
          .append("` | ")
          .append(type.meaning())
          .append(" | ")
          .append(arity(type))
          .append(" | ")
          .append(attributes(type, true))
          .append(" | ")
          .append(attributes(type, false))
          .append(" | ")
          .append(type.cameo().map(c -> "`" + c + "`").orElse("—"))
          .append(" | ")
          .append(type.plover().orElse("—"))
          .append(" |\n");
    }
    md.append(
        """

        ## The partnership ladder

        A partnership's `level` is the code of a rung of the ladder; the verbatim `label` is kept\
         beside it. Levels are compared by rank (an upgrade must rise, a downgrade fall; an\
         establishment or upgrade naming a lower level is shown as a `DOWNGRADE`). A\
         `PARTNERSHIP_REAFFIRMED` keeps the level and its date (`since`, the date the level was first\
         reached) and is listed in `partnership.reaffirmed`. The default rungs, China's usual names,\
         lowest first (from `tracker-core/src/main/resources/org/tracker/vocabulary/ladder.txt`):

        | Code | Rank | en | zh-Hant | zh-Hans |
        |---|---|---|---|---|
        """);
    for (Rung rung : Ladder.defaults().rungs()) {
      md.append("| `")
          .append(rung.code())
          .append("` | ")
          .append(rung.rank())
          .append(" | ")
          .append(rung.name().en())
          .append(" | ")
          .append(rung.name().zhHant())
          .append(" | ")
          .append(rung.name().zhHans())
          .append(" |\n");
    }
    md.append(
        """

        An ADMIN extends the ladder without a code change by recording a\
         `PARTNERSHIP_LEVEL_REGISTERED` (through `POST /api/developments` or an import; only an ADMIN\
         may record, correct or retract one): a new code (UPPER_SNAKE, not already a rung), a rank no\
         other rung has (above NONE's; there is room between the defaults' ranks) and its names. Like every registration it lives in the log, so export, import and replay bring\
         it back. `GET /api/vocabulary` lists the ladder in use, registered rungs included.

        ## Values

        - Ids of agreements, projects, proposals, documents and watch items (`agreementId`,\
         `projectId`, `proposalId`, `documentId`, `parent`, `project`, a watch item's `id`):\
         lower-case letters, digits and `-`, 1–80 characters, starting with a letter or digit.
        - Every text a person writes (summaries, names, quotes, locators, reasons, notes, watch\
         questions) is kept exactly as written — never trimmed — must not be blank, and is at most\
         10,000 characters.
        - A `PROJECT_MILESTONE` is `ACTUAL` (it happened) or `PLANNED` (expected, a forecast).
        - An actor's `kind` is `STATE`, `ORGANIZATION`, `PERSON` or `OTHER`. `GROUP`, which logs\
         recorded before `OTHER` existed may name, is accepted and read as `OTHER`. An actor's\
         relationships (`GET /api/relationships?actor=`) list the counterparts that are states,\
         unless `kind` asks for others (one or more kinds, or `all`).
        - A person who takes up a role (`ROLE_ASSUMED`, until a `ROLE_ENDED` of the same role for\
         the same actor) stands for the actor named in `for`: on the days the role may hold, the\
         person's `VISIT`, `MEETING` and `STATEMENT` developments count in that actor's\
         relationships, and the person is not that actor's counterpart in them. Roles are not\
         events between actors: they have no CAMEO code or PLOVER category.
        - A membership `status` of `UNKNOWN` (not known, or not coded) does not erase what was\
         known: answers give the status known before it as `lastKnown`, and a former member\
         (`NONE`) the status it left.

        ## Published event names

        The live stream (`GET /api/stream`) names each event it sends from this list; other tools\
         may rely on these names, which do not change when Java classes do:
        %s
        ## PLOVER export

        `GET /api/export?format=plover` writes one JSON line per development as now known\
         (retracted ones and registrations left out): `actor` (the first actor, or the\
         organisation), `recipient` (the others, `;`-separated), `event` (the PLOVER category\
         above), `mode` (`visit`, `meet`, `multilateral` for visits, meetings and summits; absent\
         otherwise), `context` (`economic` for projects, else `diplomatic`), `date` with\
         `dateStart`/`dateEnd`, `cameo` (a string), `citation`, `summary`. Our mapping of\
         development types onto CAMEO and PLOVER is a judgement: a statement, which PLOVER has no\
         neutral category for, is exported as CONSULT.
        """
            .formatted(eventNames()));
    return md.toString();
  }

  /** The published names of every stream's events, from their {@code @EventName}. */
  private static String eventNames() {
    return java.util.stream.Stream.of(DevelopmentEvent.class, WatchItemEvent.class)
        .flatMap(stream -> java.util.Arrays.stream(stream.getPermittedSubclasses()))
        .map(
            event ->
                "- `"
                    + event.getAnnotation(EventName.class).value()
                    + "` ("
                    + event.getSimpleName()
                    + ")\n")
        .collect(Collectors.joining());
  }

  private static String arity(DevelopmentType type) {
    if (type.maxActors() == Integer.MAX_VALUE) {
      return type.minActors() + "+";
    }
    return type.minActors() == type.maxActors()
        ? String.valueOf(type.minActors())
        : type.minActors() + "–" + type.maxActors();
  }

  private static String attributes(DevelopmentType type, boolean required) {
    String list =
        type.attributes().stream()
            .filter(a -> a.required() == required)
            .map(VocabularyTable::attribute)
            .collect(Collectors.joining("<br>"));
    return list.isEmpty() ? "—" : list;
  }

  private static String attribute(AttributeSpec spec) {
    String kind =
        switch (spec.kind()) {
          case CHOICE -> "one of " + String.join(", ", spec.allowed());
          case CHOICES -> "list of " + String.join(", ", spec.allowed());
          case CHOICES_BY_ACTOR -> "by actor code, a list of " + String.join(", ", spec.allowed());
          default -> spec.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    return "`" + spec.name() + "` (" + kind + "): " + spec.description();
  }
}
