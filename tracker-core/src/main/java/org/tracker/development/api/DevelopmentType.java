package org.tracker.development.api;

import static org.tracker.development.api.AttributeKind.ACTOR;
import static org.tracker.development.api.AttributeKind.BOOLEAN;
import static org.tracker.development.api.AttributeKind.DATE;
import static org.tracker.development.api.AttributeKind.DEVELOPMENT;
import static org.tracker.development.api.AttributeKind.LEVEL;
import static org.tracker.development.api.AttributeKind.NAMES;
import static org.tracker.development.api.AttributeKind.NEW_ACTOR;
import static org.tracker.development.api.AttributeKind.NEW_LEVEL;
import static org.tracker.development.api.AttributeKind.NUMBER;
import static org.tracker.development.api.AttributeKind.RANK;
import static org.tracker.development.api.AttributeKind.REF;
import static org.tracker.development.api.AttributeKind.TEXT;
import static org.tracker.development.api.AttributeKind.URL;
import static org.tracker.development.api.AttributeSpec.choice;
import static org.tracker.development.api.AttributeSpec.choices;
import static org.tracker.development.api.AttributeSpec.optional;
import static org.tracker.development.api.AttributeSpec.required;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tracker.shared.ActorKind;

/**
 * Every kind of development an analyst records: what it means, how many actors it takes, which
 * attributes it requires or allows, and its CAMEO code and PLOVER category for export to event-data
 * tools. Registrations (actors, documents, rungs of the partnership ladder) are not world events
 * and have neither.
 */
public enum DevelopmentType {
  ACTOR_REGISTERED(
      "A state, organisation or person Tracker can refer to",
      0,
      1,
      null,
      null,
      required(
          "code",
          NEW_ACTOR,
          "the new actor's code: a state's ISO 3166-1 alpha-3 (KAZ), a former state's ISO 3166-3"
              + " (SUHH), H- and a name for a historical state with neither (H-QING); an"
              + " organisation's short name (SCO); a person's family then given name (WANG-YI)"),
      choice(
          "kind",
          true,
          ActorKind.registrable(),
          "what it is; GROUP, from logs before OTHER existed, is read as OTHER"),
      required("name", NAMES, "names by BCP-47 language tag, e.g. en, zh-Hant, zh-Hans")),
  DOCUMENT_REGISTERED(
      "A source document developments cite",
      0,
      0,
      null,
      null,
      required("documentId", REF, "the id citations use"),
      required("title", TEXT, "title as printed"),
      optional("author", TEXT, "author(s) as printed"),
      optional("affiliation", TEXT, "author's affiliation as printed"),
      optional("publication", TEXT, "journal, outlet or publisher"),
      optional("published", DATE, "publication date"),
      required("language", TEXT, "BCP 47 language tag, e.g. zh-Hant"),
      optional("url", URL, "where it can be read"),
      choice(
          "reliability",
          false,
          SourceGrades.reliabilities(),
          "the source's reliability on the Admiralty scale: " + SourceGrades.reliabilityScale())),
  PARTNERSHIP_LEVEL_REGISTERED(
      "A rung of the partnership ladder beyond the default ones, e.g. between two of them",
      0,
      0,
      null,
      null,
      required("code", NEW_LEVEL, "the rung's code, UPPER_SNAKE, as levels will name it"),
      required(
          "rank",
          RANK,
          "its place: an integer no other rung has (default rungs: docs/vocabulary.md)"),
      required("name", NAMES, "names by BCP-47 language tag, e.g. en, zh-Hant, zh-Hans")),

  PARTNERSHIP_ESTABLISHED(
      "Two actors establish a partnership at a level of the ladder",
      2,
      2,
      "050",
      "COOPERATE",
      required("level", LEVEL, "rung of the partnership ladder"),
      required("label", TEXT, "the partnership's name verbatim, in the source's language"),
      optional("labelEn", TEXT, "an English rendering of the label"),
      AttributeSpec.OCCASION),
  PARTNERSHIP_UPGRADED(
      "A partnership is raised to a higher level",
      2,
      2,
      "050",
      "COOPERATE",
      required("level", LEVEL, "the new rung"),
      required("label", TEXT, "the new name verbatim"),
      optional("labelEn", TEXT, "an English rendering of the label"),
      AttributeSpec.OCCASION),
  PARTNERSHIP_REAFFIRMED(
      "Two actors reaffirm their partnership at its level: the level's first date stays",
      2,
      2,
      "050",
      "COOPERATE",
      required("level", LEVEL, "the rung reaffirmed"),
      optional("label", TEXT, "the partnership's name verbatim, in the source's language"),
      optional("labelEn", TEXT, "an English rendering of the label"),
      AttributeSpec.OCCASION),
  PARTNERSHIP_DOWNGRADED(
      "A partnership is lowered or ended (level NONE)",
      2,
      2,
      "160",
      "SANCTION",
      required("level", LEVEL, "the new rung"),
      optional("label", TEXT, "the new name verbatim"),
      optional("labelEn", TEXT, "an English rendering of the label"),
      AttributeSpec.OCCASION),

  AGREEMENT_SIGNED(
      "An agreement or treaty is signed by its parties (the actors)",
      1,
      Integer.MAX_VALUE,
      "057",
      "AGREE",
      required("agreementId", REF, "the agreement's id"),
      required("title", TEXT, "title verbatim"),
      optional("titleEn", TEXT, "English title"),
      choice(
          "instrument",
          false,
          List.of(
              "TREATY",
              "AGREEMENT",
              "MEMORANDUM",
              "DECLARATION",
              "CONTRACT",
              "PROTOCOL",
              "PLAN",
              "OTHER"),
          "kind of instrument"),
      choices("obligations", AttributeSpec.OBLIGATIONS, "what the parties undertake"),
      AttributeSpec.OBLIGATIONS_OF,
      optional("project", REF, "the project it concerns")),
  AGREEMENT_RATIFIED(
      "The actors ratify (accept, approve) an agreement they signed: bound once it is in force",
      1,
      Integer.MAX_VALUE,
      "057",
      "AGREE",
      required("agreementId", REF, "the agreement's id"),
      AttributeSpec.OBLIGATIONS_OF),
  AGREEMENT_JOINED(
      "Actors accede, or succeed a predecessor state, to an existing agreement",
      1,
      Integer.MAX_VALUE,
      "057",
      "AGREE",
      required("agreementId", REF, "the agreement's id"),
      choice("by", false, List.of("ACCESSION", "SUCCESSION"), "how (default ACCESSION)"),
      AttributeSpec.OBLIGATIONS_OF),
  AGREEMENT_ENTERED_INTO_FORCE(
      "An agreement enters into force (for the actors named, or for all parties)",
      0,
      Integer.MAX_VALUE,
      "057",
      "COOPERATE",
      required("agreementId", REF, "the agreement's id"),
      optional("title", TEXT, "title verbatim, when no signing of it is recorded"),
      optional("titleEn", TEXT, "English title"),
      choices("obligations", AttributeSpec.OBLIGATIONS, "what the parties undertake, likewise"),
      AttributeSpec.OBLIGATIONS_OF),
  AGREEMENT_AMENDED(
      "An agreement is amended",
      0,
      Integer.MAX_VALUE,
      "057",
      "AGREE",
      required("agreementId", REF, "the agreement's id"),
      required("change", TEXT, "what changed"),
      choices("obligations", AttributeSpec.OBLIGATIONS, "the obligations after the amendment"),
      AttributeSpec.OBLIGATIONS_OF),
  AGREEMENT_PARTY_WITHDREW(
      "The actors withdraw from an agreement",
      1,
      Integer.MAX_VALUE,
      "120",
      "REJECT",
      required("agreementId", REF, "the agreement's id")),
  AGREEMENT_TERMINATED(
      "An agreement ends for all parties",
      0,
      Integer.MAX_VALUE,
      "120",
      "REJECT",
      required("agreementId", REF, "the agreement's id")),

  ORGANIZATION_FOUNDED(
      "An organisation is founded; the actors are its founding members",
      0,
      Integer.MAX_VALUE,
      "050",
      "COOPERATE",
      required("organization", ACTOR, "the organisation's actor code")),
  ORGANIZATION_DISSOLVED(
      "An organisation is dissolved",
      0,
      Integer.MAX_VALUE,
      "160",
      "REJECT",
      required("organization", ACTOR, "the organisation's actor code")),
  MEMBERSHIP_CHANGED(
      "The actors' status in an organisation changes (NONE: they leave; UNKNOWN: not known or not"
          + " coded, and what was known before stays shown as the last known status)",
      1,
      Integer.MAX_VALUE,
      "050",
      "COOPERATE",
      required("organization", ACTOR, "the organisation's actor code"),
      choice(
          "status",
          true,
          List.of("FULL", "ASSOCIATE", "OBSERVER", "DIALOGUE_PARTNER", "NONE", "UNKNOWN"),
          "the new status")),
  SUMMIT_HELD(
      "An organisation's (or a forum's) summit; the actors attend",
      0,
      Integer.MAX_VALUE,
      "040",
      "CONSULT",
      required("organization", ACTOR, "the organisation or forum"),
      optional("place", TEXT, "where it was held"),
      optional("title", TEXT, "the summit's name")),
  DOCUMENT_ADOPTED(
      "A declaration, charter or plan is adopted; the actors adopt it",
      0,
      Integer.MAX_VALUE,
      "057",
      "AGREE",
      optional("organization", ACTOR, "the organisation adopting it"),
      required("title", TEXT, "title verbatim"),
      optional("titleEn", TEXT, "English title")),
  BODY_ESTABLISHED(
      "An organisation sets up a body (a bank, a fund, a council)",
      0,
      Integer.MAX_VALUE,
      "050",
      "COOPERATE",
      required("organization", ACTOR, "the organisation"),
      required("body", TEXT, "the body's name")),

  PROJECT_DEFINED(
      "A project (a pipeline, a line of it) the actors take part in",
      0,
      Integer.MAX_VALUE,
      "061",
      "COOPERATE",
      required("projectId", REF, "the project's id"),
      required("name", NAMES, "names by BCP-47 language tag, e.g. en, zh-Hant"),
      optional("parent", REF, "the project it is part of"),
      optional("kind", TEXT, "pipeline, line, railway, ..."),
      optional("carries", TEXT, "what it carries or produces, e.g. natural gas"),
      optional("origin", ACTOR, "where what it carries comes from, e.g. TKM")),
  PROJECT_MILESTONE(
      "A project reaches a milestone (ACTUAL, dated when it happened), or one is expected"
          + " (PLANNED, dated when the expectation was stated, with the expected date); a"
          + " DELAYED, POSTPONED or RESUMED one moves the forecast of the milestone it names in"
          + " `delays` (to its `expected` date, or to none)",
      0,
      Integer.MAX_VALUE,
      "061",
      "COOPERATE",
      required("projectId", REF, "the project's id"),
      choice(
          "milestone",
          true,
          List.of(
              "PLEDGED",
              "AGREED",
              "CONSTRUCTION_STARTED",
              "COMPLETED",
              "OPERATIONAL",
              "SUSPENDED",
              "CANCELLED",
              "DELAYED",
              "POSTPONED",
              "RESUMED"),
          "which milestone"),
      choice("status", true, List.of("ACTUAL", "PLANNED"), "happened, or only expected"),
      optional(
          "expected",
          DATE,
          "for a PLANNED milestone (required then): when it is expected; for a delay, postponement"
              + " or resumption: when the milestone it moves is now expected"),
      choice(
          "delays",
          false,
          List.of("PLEDGED", "AGREED", "CONSTRUCTION_STARTED", "COMPLETED", "OPERATIONAL"),
          "for DELAYED, POSTPONED or RESUMED (required then): the milestone whose forecast moves")),
  PROJECT_QUANTITY_REPORTED(
      "A reported quantity of a project: capacity, volume delivered",
      0,
      Integer.MAX_VALUE,
      "061",
      "COOPERATE",
      required("projectId", REF, "the project's id"),
      required("quantity", TEXT, "what is measured, e.g. capacity, volume"),
      required("value", NUMBER, "the figure"),
      required("unit", TEXT, "its unit, e.g. bcm/year"),
      optional("cumulative", BOOLEAN, "a running total rather than a rate"),
      choice("status", false, List.of("ACTUAL", "PLANNED"), "reported, or only expected")),

  PROPOSAL_MADE(
      "The actors propose an initiative",
      1,
      Integer.MAX_VALUE,
      "030",
      "AGREE",
      required("proposalId", REF, "the proposal's id"),
      required("title", TEXT, "what is proposed, verbatim"),
      optional("titleEn", TEXT, "English title"),
      optional("place", TEXT, "where it was put forward, e.g. Astana")),
  PROPOSAL_ENDORSED(
      "The actors endorse a proposal",
      1,
      Integer.MAX_VALUE,
      "051",
      "SUPPORT",
      required("proposalId", REF, "the proposal's id")),
  PROPOSAL_REALISED(
      "A proposal is carried out",
      0,
      Integer.MAX_VALUE,
      "060",
      "COOPERATE",
      required("proposalId", REF, "the proposal's id")),
  PROPOSAL_ABANDONED(
      "A proposal is dropped",
      0,
      Integer.MAX_VALUE,
      "120",
      "REJECT",
      required("proposalId", REF, "the proposal's id")),

  VISIT(
      "The first actor visits the others",
      2,
      Integer.MAX_VALUE,
      "042",
      "CONSULT",
      choice("level", false, List.of("STATE", "OFFICIAL", "WORKING", "PRIVATE"), "kind of visit"),
      optional("place", TEXT, "where"),
      optional("person", TEXT, "who travelled")),
  MEETING(
      "The actors meet",
      2,
      Integer.MAX_VALUE,
      "040",
      "CONSULT",
      optional("place", TEXT, "where"),
      optional("occasion", TEXT, "on the sidelines of ...")),
  STATEMENT(
      "The first actor makes a statement (about the others, if any)",
      1,
      Integer.MAX_VALUE,
      "010",
      "CONSULT",
      optional("topic", TEXT, "what it is about")),

  ROLE_ASSUMED(
      "A person takes up a role for a state (or another actor): while it holds, the person's visits,"
          + " meetings and statements count in that actor's relationships",
      1,
      1,
      null,
      null,
      required("for", ACTOR, "whom the person acts for, e.g. CHN"),
      choice("role", true, AttributeSpec.ROLES, "the role"),
      optional("title", TEXT, "the title verbatim, e.g. 外交部長")),
  ROLE_ENDED(
      "A person leaves a role taken up for a state (or another actor)",
      1,
      1,
      null,
      null,
      required("for", ACTOR, "whom the person acted for"),
      choice("role", true, AttributeSpec.ROLES, "the role left")),

  CLAIM_PREFERRED(
      "An analyst's choice between competing claims (developments of one type about one thing that"
          + " disagree on its date or value): answers take the development named, for the reason"
          + " given, and list the others as disputed. A judgement, not a world event: no date",
      0,
      0,
      null,
      null,
      required("preferred", DEVELOPMENT, "the development preferred: recorded and not retracted"),
      required("reason", TEXT, "why, e.g. the official transcript places the speech in Astana"));

  /** The developments about an agreement: each names it in {@code agreementId}. */
  private static final Set<DevelopmentType> AGREEMENT =
      Collections.unmodifiableSet(
          EnumSet.of(
              AGREEMENT_SIGNED,
              AGREEMENT_RATIFIED,
              AGREEMENT_JOINED,
              AGREEMENT_ENTERED_INTO_FORCE,
              AGREEMENT_AMENDED,
              AGREEMENT_PARTY_WITHDREW,
              AGREEMENT_TERMINATED));

  /**
   * Agreement developments that say what the instrument is, or what state it is in, for all its
   * parties (see {@link #agreementWide()}).
   */
  private static final Set<DevelopmentType> AGREEMENT_WIDE =
      Collections.unmodifiableSet(
          EnumSet.of(
              AGREEMENT_SIGNED,
              AGREEMENT_ENTERED_INTO_FORCE,
              AGREEMENT_AMENDED,
              AGREEMENT_TERMINATED));

  /** A person's roles: who stands for whom, and over which period. */
  private static final Set<DevelopmentType> ROLE =
      Collections.unmodifiableSet(EnumSet.of(ROLE_ASSUMED, ROLE_ENDED));

  private final String meaning;
  private final int minActors;
  private final int maxActors;
  private final String cameo;
  private final String plover;
  private final List<AttributeSpec> attributes;

  DevelopmentType(
      String meaning,
      int minActors,
      int maxActors,
      String cameo,
      String plover,
      AttributeSpec... attributes) {
    this.meaning = meaning;
    this.minActors = minActors;
    this.maxActors = maxActors;
    this.cameo = cameo;
    this.plover = plover;
    this.attributes = List.of(attributes);
  }

  public static Optional<DevelopmentType> named(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }

  public String meaning() {
    return meaning;
  }

  public int minActors() {
    return minActors;
  }

  public int maxActors() {
    return maxActors;
  }

  /** The CAMEO code, as a string (leading zeros matter); empty for registrations. */
  public Optional<String> cameo() {
    return Optional.ofNullable(cameo);
  }

  /** The PLOVER category; empty for registrations. */
  public Optional<String> plover() {
    return Optional.ofNullable(plover);
  }

  public List<AttributeSpec> attributes() {
    return attributes;
  }

  public Optional<AttributeSpec> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public boolean isRegistration() {
    return this == ACTOR_REGISTERED
        || this == DOCUMENT_REGISTERED
        || this == PARTNERSHIP_LEVEL_REGISTERED;
  }

  /**
   * Whether it happens in the world on a date: registrations and an analyst's {@link
   * #CLAIM_PREFERRED} do not, and have none.
   */
  public boolean isDated() {
    return !isRegistration() && this != CLAIM_PREFERRED;
  }

  /**
   * Whether only an administrator may record, correct or retract it: a rung of the partnership
   * ladder changes the vocabulary every analyst records against (ADR 0013).
   */
  public boolean needsAdministrator() {
    return this == PARTNERSHIP_LEVEL_REGISTERED;
  }

  /**
   * The attribute naming what a registration registers (its key: an actor's code, a document's id,
   * a rung's code); empty for other developments.
   */
  public Optional<String> registrationKey() {
    return switch (this) {
      case ACTOR_REGISTERED, PARTNERSHIP_LEVEL_REGISTERED -> Optional.of("code");
      case DOCUMENT_REGISTERED -> Optional.of("documentId");
      default -> Optional.empty();
    };
  }

  /**
   * The developments about a person's roles. They are not events between actors: like
   * registrations, they have no CAMEO code or PLOVER category and are not exported as event data.
   */
  public static Set<DevelopmentType> role() {
    return ROLE;
  }

  /** The developments about an agreement. */
  public static Set<DevelopmentType> agreement() {
    return AGREEMENT;
  }

  /**
   * Agreement developments that concern every party, whoever they name: a signing (the title,
   * instrument and obligations, and when the agreement was first signed), an entry into force, an
   * amendment and a termination. With those naming a party, they decide that party's state.
   */
  public static Set<DevelopmentType> agreementWide() {
    return AGREEMENT_WIDE;
  }
}
