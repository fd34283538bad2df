package org.tracker.development;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.OrganizationTerms;
import org.tracker.shared.ActorCode;

/**
 * A development in the shape of a PLOVER event record, for event-data tools: source actor,
 * recipient(s), PLOVER event category, mode and context, date, CAMEO code (a string: leading zeros
 * matter) and the citation. Registrations are not events and have none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PloverEvent(
    String id,
    String date,
    String dateStart,
    String dateEnd,
    String actor,
    String recipient,
    String event,
    String mode,
    List<String> context,
    String cameo,
    String trackerType,
    String summary,
    String citation) {

  public static Optional<PloverEvent> of(DevelopmentId id, DevelopmentContent content) {
    if (content.type().plover().isEmpty() || content.date() == null) {
      return Optional.empty();
    }
    List<ActorCode> actors = content.actors();
    String actor = actors.isEmpty() ? organization(content) : actors.get(0).code();
    String recipient =
        actors.size() > 1
            ? actors.subList(1, actors.size()).stream()
                .map(ActorCode::code)
                .collect(Collectors.joining(";"))
            : actors.isEmpty() ? null : organization(content);
    return Optional.of(
        new PloverEvent(
            id.toString(),
            content.date().toString(),
            content.date().earliest().toString(),
            content.date().latest().toString(),
            actor,
            recipient,
            content.type().plover().get(),
            mode(content),
            List.of(context(content)),
            content.type().cameo().orElse(null),
            content.type().name(),
            content.summary() == null ? null : content.summary().in("en"),
            citation(content.sources())));
  }

  private static String organization(DevelopmentContent content) {
    return content.terms() instanceof OrganizationTerms o && o.organization() != null
        ? o.organization().code()
        : null;
  }

  /** PLOVER's mode where the type says it; none otherwise. */
  private static String mode(DevelopmentContent content) {
    return switch (content.type()) {
      case VISIT -> "visit";
      case MEETING -> "meet";
      case SUMMIT_HELD -> "multilateral";
      default -> null;
    };
  }

  private static String context(DevelopmentContent content) {
    return switch (content.type()) {
      case PROJECT_DEFINED, PROJECT_MILESTONE, PROJECT_QUANTITY_REPORTED -> "economic";
      default -> "diplomatic";
    };
  }

  private static String citation(List<Citation> sources) {
    return sources.stream()
        .map(
            c ->
                c.document()
                    + ", "
                    + c.locator()
                    + (c.quote() == null ? "" : ": \u201c" + c.quote() + "\u201d"))
        .collect(Collectors.joining(" | "));
  }
}
