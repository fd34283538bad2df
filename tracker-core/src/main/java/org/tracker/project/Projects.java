package org.tracker.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.project.api.FindProject;
import org.tracker.project.api.ProjectView;
import org.tracker.project.api.ProjectView.Milestone;
import org.tracker.project.api.ProjectView.Quantity;
import org.tracker.shared.ActorCode;
import org.tracker.shared.PartialDate;

/** Folds a project's facts into its state as of a day. */
public class Projects {

  private final Facts facts;

  public Projects(Facts facts) {
    this.facts = facts;
  }

  /** The project, or null when nothing about it is known by then. */
  @QueryHandler
  public ProjectView handle(FindProject query) {
    List<Fact> about = facts.about(List.of(query.id()), query.asOf(), query.knownAt());
    List<Fact> children = facts.childrenOf(query.id(), query.knownAt());
    return fold(query.id(), about, children, query.asOf()).orElse(null);
  }

  @SuppressWarnings("unchecked")
  public static Optional<ProjectView> fold(
      String id, List<Fact> about, List<Fact> childFacts, LocalDate asOf) {
    List<Fact> visible =
        about.stream()
            .filter(f -> id.equals(f.text("projectId")))
            .filter(f -> f.certaintyOn(asOf) != null)
            .sorted(Fact.IN_DATE_ORDER)
            .toList();
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> name = null;
    String kind = null;
    List<String> participants = List.of();
    String carries = null;
    String origin = null;
    String parent = null;
    Fact status = null;
    List<Fact> milestoneFacts = new ArrayList<>();
    Map<String, Fact> quantities = new LinkedHashMap<>();
    Set<String> basis = new LinkedHashSet<>();
    for (Fact f : visible) {
      basis.add(f.id());
      switch (f.type()) {
        case PROJECT_DEFINED -> {
          if (f.content().attributes().get("name") instanceof Map<?, ?> names) {
            name = (Map<String, Object>) names;
          }
          kind = f.text("kind");
          participants = f.actors().stream().map(ActorCode::code).toList();
          carries = f.text("carries");
          origin = f.text("origin");
          parent = f.text("parent");
        }
        case PROJECT_MILESTONE -> {
          milestoneFacts.add(f);
          if ("ACTUAL".equals(f.text("status"))) {
            status = f;
          }
        }
        case PROJECT_QUANTITY_REPORTED -> quantities.put(f.text("quantity") + "/" + status(f), f);
        default -> {
          // other developments naming the project do not change it
        }
      }
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Fact f : milestoneFacts) {
      boolean planned = "PLANNED".equals(f.text("status"));
      String expected = f.text("expected");
      boolean overdue =
          planned
              && expected != null
              && PartialDate.parse(expected).latest().isBefore(asOf)
              && milestoneFacts.stream()
                  .noneMatch(
                      a ->
                          "ACTUAL".equals(a.text("status"))
                              && a.text("milestone").equals(f.text("milestone")));
      milestones.add(
          new Milestone(
              f.id(),
              f.text("milestone"),
              f.text("status"),
              f.date().toString(),
              expected,
              f.certaintyOn(asOf),
              overdue));
    }
    List<Quantity> figures = new ArrayList<>();
    quantities.forEach(
        (key, f) ->
            figures.add(
                new Quantity(
                    f.id(),
                    f.text("quantity"),
                    f.content().attributes().get("value"),
                    f.text("unit"),
                    Boolean.TRUE.equals(f.content().attributes().get("cumulative")),
                    status(f),
                    f.date().toString(),
                    f.certaintyOn(asOf))));
    Set<String> children = new TreeSet<>();
    for (Fact f : childFacts) {
      if (f.type() == DevelopmentType.PROJECT_DEFINED
          && id.equals(f.text("parent"))
          && f.certaintyOn(asOf) != null) {
        children.add(f.text("projectId"));
      }
    }
    return Optional.of(
        new ProjectView(
            id,
            name,
            kind,
            participants,
            carries,
            origin,
            parent,
            List.copyOf(children),
            status == null ? null : status.text("milestone"),
            status == null ? null : status.date().toString(),
            status == null ? null : status.certaintyOn(asOf),
            milestones,
            figures,
            asOf,
            List.copyOf(basis)));
  }

  private static String status(Fact f) {
    return f.text("status") == null ? "ACTUAL" : f.text("status");
  }
}
