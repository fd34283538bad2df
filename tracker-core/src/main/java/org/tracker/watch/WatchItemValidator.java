package org.tracker.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracker.development.api.Citation;
import org.tracker.development.api.Citations;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.InvalidPartialDate;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Slug;
import org.tracker.shared.Texts;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchRule;

/**
 * Checks a watch item draft: an id, a question and what would resolve it (in English or Chinese),
 * subjects (registered actors, or ids of agreements, projects, proposals), a rule with types or
 * subjects, a review date, sources citing registered documents, and the day it is opened if given
 * (not after the recording day). Every problem is named. Without a day, the item is opened on its
 * first cited source's publication date, else on the recording day.
 */
public final class WatchItemValidator {

  private WatchItemValidator() {}

  /** A valid item, opened on {@code on}: given by the analyst ({@code onGiven}), else defaulted. */
  public record Valid(WatchItemId id, WatchItemContent content, PartialDate on, boolean onGiven) {}

  /** Checks {@code draft} recorded on day {@code today}. */
  public static Valid validate(WatchItemDraft draft, References references, LocalDate today) {
    List<FieldViolation> violations = new ArrayList<>();
    WatchItemId id = null;
    if (draft.id() == null) {
      violations.add(new FieldViolation("id", "is required: a-z, 0-9 and '-', e.g. sco-bank"));
    } else if (!WatchItemId.isValid(draft.id())) {
      violations.add(new FieldViolation("id", "must be a-z, 0-9 and '-', 1–80 characters"));
    } else {
      id = WatchItemId.of(draft.id());
    }
    LocalizedText question = text("question", draft.question(), violations);
    LocalizedText resolvesWhen = text("resolvesWhen", draft.resolvesWhen(), violations);
    List<String> subjects = subjects(draft.subjects(), references, violations);
    WatchRule rule = rule(draft.rule(), references, violations);
    PartialDate reviewBy = reviewBy(draft.reviewBy(), violations);
    List<Citation> sources = Citations.check(draft.sources(), false, references, violations);
    PartialDate on = day(draft.on(), today, violations);
    if (!violations.isEmpty()) {
      throw new InvalidWatchItem(violations);
    }
    return new Valid(
        id,
        new WatchItemContent(question, subjects, resolvesWhen, rule, reviewBy, sources),
        on != null ? on : openedByDefault(sources, references, today),
        on != null);
  }

  /**
   * A day an analyst gives a step ({@code on}: a partial date, not after {@code today}); null when
   * none is given or it is wrong (then named in {@code violations}).
   */
  public static PartialDate day(String text, LocalDate today, List<FieldViolation> violations) {
    if (text == null) {
      return null;
    }
    try {
      PartialDate on = PartialDate.parse(text);
      String problem = WatchItemRules.dayProblem(on, today);
      if (problem == null) {
        return on;
      }
      violations.add(new FieldViolation("on", problem));
    } catch (InvalidPartialDate e) {
      violations.add(new FieldViolation("on", e.getMessage()));
    }
    return null;
  }

  /**
   * A review date as an analyst gives it ({@code reviewBy}: a partial date, required); null when
   * missing or wrong (then named in {@code violations}).
   */
  public static PartialDate reviewBy(String text, List<FieldViolation> violations) {
    if (text == null) {
      violations.add(new FieldViolation("reviewBy", "is required: a partial date such as 2014-06"));
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidPartialDate e) {
      violations.add(new FieldViolation("reviewBy", e.getMessage()));
      return null;
    }
  }

  /** The first cited source's publication date if known (and not after today), else today. */
  private static PartialDate openedByDefault(
      List<Citation> sources, References references, LocalDate today) {
    for (Citation source : sources) {
      PartialDate published = references.documentDate(source.document());
      if (published != null) {
        return WatchItemRules.dayProblem(published, today) == null
            ? published
            : PartialDate.ofDay(today);
      }
    }
    return PartialDate.ofDay(today);
  }

  private static LocalizedText text(
      String field, LocalizedText text, List<FieldViolation> violations) {
    if (text == null || text.isEmpty()) {
      violations.add(
          new FieldViolation(
              field,
              "is required: texts by BCP-47 language tag, e.g. {\"en\": \"…\", \"zh-Hant\":"
                  + " \"…\"}, at least one"));
      return null;
    }
    text.problems(Texts.MAX)
        .forEach(
            p ->
                violations.add(
                    new FieldViolation(
                        p.tag() == null ? field : field + "." + p.tag(), p.message())));
    return text;
  }

  private static String clean(String field, String text, List<FieldViolation> violations) {
    if (text == null) {
      return null;
    }
    String problem = Texts.problem(text);
    if (problem != null) {
      violations.add(new FieldViolation(field, problem));
    }
    return text;
  }

  private static List<String> subjects(
      List<String> subjects, References references, List<FieldViolation> violations) {
    if (subjects == null || subjects.isEmpty()) {
      violations.add(
          new FieldViolation(
              "subjects",
              "name at least one: an actor code (CHN) or an id (sco-development-bank)"));
      return List.of();
    }
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      String subject = subjects.get(i);
      String field = "subjects[" + i + "]";
      if (subject != null && ActorCode.isValid(subject)) {
        if (!references.actorExists(ActorCode.of(subject))) {
          violations.add(
              new FieldViolation(
                  field, "unknown actor '" + subject + "'; register it first (ACTOR_REGISTERED)"));
        }
      } else if (subject == null || !Slug.isValid(subject)) {
        violations.add(
            new FieldViolation(
                field, "must be an actor code (CHN) or an id of a-z, 0-9 and '-' (line-d)"));
      }
      if (subject != null && !clean.contains(subject)) {
        clean.add(subject);
      }
    }
    return clean;
  }

  private static WatchRule rule(
      WatchItemDraft.RuleDraft rule, References references, List<FieldViolation> violations) {
    if (rule == null || (empty(rule.types()) && empty(rule.subjects()))) {
      violations.add(
          new FieldViolation(
              "rule",
              "is required and names development types or subjects, e.g. {\"types\":"
                  + " [\"PROPOSAL_REALISED\"], \"subjects\": [\"sco-development-bank\"]}"));
      return null;
    }
    List<DevelopmentType> types = new ArrayList<>();
    List<String> given = rule.types() == null ? List.of() : rule.types();
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i);
      var type =
          name == null ? java.util.Optional.<DevelopmentType>empty() : DevelopmentType.named(name);
      if (type.isEmpty()) {
        violations.add(new FieldViolation("rule.types[" + i + "]", "is not a development type"));
      } else {
        types.add(type.get());
      }
    }
    List<ActorCode> actors = new ArrayList<>();
    List<String> codes = rule.actors() == null ? List.of() : rule.actors();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!ActorCode.isValid(code) || !references.actorExists(ActorCode.of(code))) {
        violations.add(
            new FieldViolation("rule.actors[" + i + "]", "must be a registered actor's code"));
      } else {
        actors.add(ActorCode.of(code));
      }
    }
    List<String> subjects = rule.subjects() == null ? List.of() : rule.subjects();
    for (int i = 0; i < subjects.size(); i++) {
      if (!Slug.isValid(subjects.get(i))) {
        violations.add(
            new FieldViolation("rule.subjects[" + i + "]", "must be an id of a-z, 0-9 and '-'"));
      }
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (rule.attributes() != null) {
      rule.attributes()
          .forEach(
              (name, value) -> {
                if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
                  violations.add(
                      new FieldViolation(
                          "rule.attributes." + name, "must be a text, number or true/false"));
                } else {
                  attributes.put(name, value);
                }
              });
    }
    return new WatchRule(types, actors, subjects, attributes);
  }

  private static boolean empty(List<?> list) {
    return list == null || list.isEmpty();
  }
}
