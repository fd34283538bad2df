package org.tracker.development.api;

import java.util.List;

/** One attribute a development type takes: its name, shape, whether required, allowed values. */
public record AttributeSpec(
    String name, AttributeKind kind, boolean required, List<String> allowed, String description) {

  public AttributeSpec {
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
  }

  static AttributeSpec required(String name, AttributeKind kind, String description) {
    return new AttributeSpec(name, kind, true, List.of(), description);
  }

  static AttributeSpec optional(String name, AttributeKind kind, String description) {
    return new AttributeSpec(name, kind, false, List.of(), description);
  }

  static AttributeSpec choice(
      String name, boolean required, List<String> allowed, String description) {
    return new AttributeSpec(name, AttributeKind.CHOICE, required, allowed, description);
  }

  /** What an agreement's parties may undertake. */
  static final List<String> OBLIGATIONS =
      List.of(
          "DEFENCE",
          "OFFENCE",
          "NON_AGGRESSION",
          "NEUTRALITY",
          "CONSULTATION",
          "TRANSIT",
          "SUPPLY",
          "CONSTRUCTION",
          "TRADE",
          "INVESTMENT",
          "FINANCE",
          "SECURITY_COOPERATION",
          "GOOD_NEIGHBOURLINESS",
          "COOPERATION");

  /** The roles a person holds for a state (or another actor). */
  static final List<String> ROLES =
      List.of(
          "HEAD_OF_STATE",
          "HEAD_OF_GOVERNMENT",
          "FOREIGN_MINISTER",
          "DEFENCE_MINISTER",
          "AMBASSADOR",
          "ENVOY",
          "OTHER");

  static AttributeSpec choices(String name, List<String> allowed, String description) {
    return new AttributeSpec(name, AttributeKind.CHOICES, false, allowed, description);
  }

  static AttributeSpec choicesByActor(String name, List<String> allowed, String description) {
    return new AttributeSpec(name, AttributeKind.CHOICES_BY_ACTOR, false, allowed, description);
  }

  /** Obligations per party, by actor code; each actor one of the development's actors. */
  static final AttributeSpec OBLIGATIONS_OF =
      choicesByActor(
          "obligationsOf",
          OBLIGATIONS,
          "what each party undertakes, by actor (one the development names);"
              + " beside the agreement-wide obligations, which stand for the others");

  /** The contact a partnership step was made during; it counts as contact that day. */
  static final AttributeSpec OCCASION =
      choice(
          "occasion",
          false,
          List.of("VISIT", "MEETING"),
          "made during a visit or a meeting, which counts as the relationship's contact that day");
}
