package org.tracker.development;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/**
 * What a registration registers, and how it may be repeated or corrected under its own key.
 *
 * <p>A registration is keyed by what it registers (an actor's code, a document's id, a rung's
 * code). Registering the same key again {@linkplain #compare compares} with what is registered:
 * saying no more is a repeat (nothing recorded); adding names, details or citations — and
 * contradicting nothing — is recorded as a correction of the registration that keeps everything it
 * had; saying something else (another kind, another title, another name in a language already
 * named) is a conflict naming the key and each differing field.
 */
public final class Registrations {

  private Registrations() {}

  /** How a registration sent again compares with what is registered under its key. */
  public sealed interface Comparison {}

  /** It says nothing the registration does not say already. */
  public record Same() implements Comparison {}

  /**
   * It adds to the registration and contradicts nothing.
   *
   * @param merged what is registered, with the additions
   * @param added the fields added, e.g. {@code attributes.name.zh-Hans}
   */
  public record Adds(DevelopmentContent merged, List<String> added) implements Comparison {
    /** The reason the correction records. */
    public String reason() {
      return "registered again with more: " + String.join(", ", added);
    }
  }

  /** It says something else about a field the registration already answers. */
  public record Contradicts(List<FieldViolation> fields) implements Comparison {}

  /** How {@code incoming} compares with {@code registered} (both registering the same key). */
  public static Comparison compare(DevelopmentContent registered, DevelopmentContent incoming) {
    List<String> added = new ArrayList<>();
    List<FieldViolation> differing = new ArrayList<>();
    Map<String, Object> attributes = new LinkedHashMap<>(registered.attributes());
    incoming
        .attributes()
        .forEach(
            (name, value) -> {
              Object before = attributes.get(name);
              String field = "attributes." + name;
              if (before == null) {
                attributes.put(name, value);
                added.add(field);
              } else if (before instanceof Map<?, ?> texts && value instanceof Map<?, ?> more) {
                Map<Object, Object> merged = new LinkedHashMap<>(texts);
                more.forEach(
                    (tag, text) -> {
                      Object had = merged.putIfAbsent(tag, text);
                      if (had == null) {
                        added.add(field + "." + tag);
                      } else if (!had.equals(text)) {
                        differing.add(differs(field + "." + tag, had, text));
                      }
                    });
                attributes.put(name, merged);
              } else if (!before.equals(value)) {
                differing.add(differs(field, before, value));
              }
            });
    LocalizedText summary = registered.summary();
    if (incoming.summary() != null && !incoming.summary().isEmpty()) {
      Map<String, String> texts = new LinkedHashMap<>(summary == null ? Map.of() : summary.texts());
      incoming
          .summary()
          .texts()
          .forEach(
              (tag, text) -> {
                String had = texts.putIfAbsent(tag, text);
                if (had == null) {
                  added.add("summary." + tag);
                } else if (!had.equals(text)) {
                  differing.add(differs("summary." + tag, had, text));
                }
              });
      summary = LocalizedText.of(texts);
    }
    List<Citation> sources = new ArrayList<>(registered.sources());
    for (Citation citation : incoming.sources()) {
      if (!sources.contains(citation)) {
        sources.add(citation);
        added.add("sources[" + (sources.size() - 1) + "]");
      }
    }
    if (!incoming.actors().isEmpty() && !incoming.actors().equals(registered.actors())) {
      differing.add(differs("actors", registered.actors(), incoming.actors()));
    }
    if (!differing.isEmpty()) {
      return new Contradicts(differing);
    }
    if (added.isEmpty()) {
      return new Same();
    }
    return new Adds(
        new DevelopmentContent(
            registered.type(),
            registered.date(),
            registered.actors(),
            attributes,
            summary,
            sources),
        added);
  }

  private static FieldViolation differs(String field, Object registered, Object incoming) {
    return new FieldViolation(field, "registered as " + registered + "; this says " + incoming);
  }

  /**
   * The actor code, document id or rung code a registration registers; null for other developments.
   */
  public static String keyOf(DevelopmentContent content) {
    return content.type().isRegistration() ? content.terms().subject() : null;
  }

  /**
   * References in which {@code key} (a registration's own code or document id) counts as not yet
   * taken, so that repeating or correcting that registration validates; null key: unchanged.
   */
  public static References keeping(String key, References references) {
    if (key == null) {
      return references;
    }
    return new References() {
      @Override
      public boolean actorExists(ActorCode code) {
        return !code.code().equals(key) && references.actorExists(code);
      }

      @Override
      public Optional<ActorKind> actorKind(ActorCode code) {
        return code.code().equals(key) ? Optional.empty() : references.actorKind(code);
      }

      @Override
      public boolean documentExists(String documentId) {
        return !documentId.equals(key) && references.documentExists(documentId);
      }

      @Override
      public PartialDate documentDate(String documentId) {
        return references.documentDate(documentId);
      }

      @Override
      public Ladder ladder() {
        return references.ladder().without(key);
      }

      @Override
      public boolean developmentStands(DevelopmentId id) {
        return references.developmentStands(id);
      }
    };
  }
}
