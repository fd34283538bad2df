package org.tracker.development.api;

/** The shape of one attribute's value, as written in JSON. */
public enum AttributeKind {
  /** A non-blank string. */
  TEXT,
  /** One of the attribute's allowed values. */
  CHOICE,
  /** Several of the attribute's allowed values, as a JSON array. */
  CHOICES,
  /**
   * Several of the attribute's allowed values for each of some of the development's own actors, as
   * a JSON object: {"CHN": ["DEFENCE"], "RUS": ["NEUTRALITY"]}.
   */
  CHOICES_BY_ACTOR,
  /** The code of a rung of the partnership {@link Ladder} in use (default or registered). */
  LEVEL,
  /** A new rung's code (PARTNERSHIP_LEVEL_REGISTERED only): UPPER_SNAKE, not on the ladder yet. */
  NEW_LEVEL,
  /** A rung's rank: an integer above NONE's that no other rung has. */
  RANK,
  /** A registered actor's code. */
  ACTOR,
  /** A new actor's code (ACTOR_REGISTERED only). */
  NEW_ACTOR,
  /** A slug naming an agreement, project, proposal or document: a-z, 0-9 and '-'. */
  REF,
  /** The id (a UUID) of a recorded development that is not retracted. */
  DEVELOPMENT,
  /** A partial date. */
  DATE,
  /** A JSON number. */
  NUMBER,
  /** true or false. */
  BOOLEAN,
  /** Names by BCP-47 language tag, e.g. {"en": "…", "zh-Hant": "…"}: at least one. */
  NAMES,
  /** An http(s) URL. */
  URL
}
