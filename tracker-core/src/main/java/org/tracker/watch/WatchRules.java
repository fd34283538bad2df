package org.tracker.watch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.watch.api.WatchRule;

/**
 * Whether a development bears on a watch item: its type is one of the rule's types (if any), it
 * names every actor of the rule, it is about one of the rule's subjects (if any: an agreement,
 * project, proposal or organisation id, or a project's parent), and each attribute of the rule has
 * that value (for a list attribute such as {@code obligations}: contains it).
 */
public final class WatchRules {

  private static final List<String> SUBJECT_ATTRIBUTES =
      List.of("agreementId", "projectId", "proposalId", "organization", "parent", "project");

  private WatchRules() {}

  public static boolean matches(WatchRule rule, DevelopmentContent content) {
    if (!content.type().isDated()) {
      return false;
    }
    if (!rule.types().isEmpty() && !rule.types().contains(content.type())) {
      return false;
    }
    if (!content.actors().containsAll(rule.actors())) {
      return false;
    }
    if (!rule.subjects().isEmpty()
        && SUBJECT_ATTRIBUTES.stream()
            .map(content::text)
            .filter(Objects::nonNull)
            .noneMatch(rule.subjects()::contains)) {
      return false;
    }
    return rule.attributes().entrySet().stream()
        .allMatch(e -> same(e.getValue(), content.attributes().get(e.getKey())));
  }

  private static boolean same(Object wanted, Object actual) {
    if (actual instanceof List<?> list) {
      return list.stream().anyMatch(item -> same(wanted, item));
    }
    if (wanted instanceof Number w && actual instanceof Number a) {
      return new BigDecimal(w.toString()).compareTo(new BigDecimal(a.toString())) == 0;
    }
    return actual != null && String.valueOf(wanted).equals(String.valueOf(actual));
  }
}
