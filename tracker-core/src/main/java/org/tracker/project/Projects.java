package org.tracker.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.ProjectDefinition;
import org.tracker.development.api.ProjectMilestone;
import org.tracker.development.api.QuantityReport;
import org.tracker.development.api.Terms;
import org.tracker.fact.api.Claims;
import org.tracker.fact.api.Claims.Judged;
import org.tracker.fact.api.Fact;
import org.tracker.fact.api.Facts;
import org.tracker.project.api.FindProject;
import org.tracker.project.api.ProjectView;
import org.tracker.project.api.ProjectView.Milestone;
import org.tracker.project.api.ProjectView.Quantity;
import org.tracker.shared.ActorCode;

/** Folds a project's facts into its state as of a day. */
public class Projects {

  /** Actual milestones that move a forecast and leave the project's status as it was. */
  private static final Set<String> MOVES_ONLY_A_FORECAST = Set.of("DELAYED", "POSTPONED");

  private final Facts facts;
  private final Claims.Evidence evidence;

  public Projects(Facts facts, Claims.Evidence evidence) {
    this.facts = facts;
    this.evidence = evidence;
  }

  /** The project, or null when nothing about it is known by then. */
  @QueryHandler
  public ProjectView handle(FindProject query) {
    Judged judged =
        Claims.judge(
            facts.about(List.of(query.id()), query.asOf(), query.knownAt()),
            evidence,
            query.knownAt());
    Set<String> everDefinedUnder = new TreeSet<>();
    for (Fact f : facts.childrenOf(query.id(), query.knownAt())) {
      everDefinedUnder.add(f.content().as(ProjectDefinition.class).projectId());
    }
    List<Fact> children =
        everDefinedUnder.isEmpty()
            ? List.of()
            : facts.about(everDefinedUnder, null, query.knownAt());
    return fold(query.id(), judged.standing(), children, query.asOf())
        .map(view -> view.withDisputed(judged))
        .orElse(null);
  }

  /**
   * @param about the developments about the project
   * @param childFacts the developments about every project ever defined with it as parent
   */
  public static Optional<ProjectView> fold(
      String id, List<Fact> about, List<Fact> childFacts, LocalDate asOf) {
    List<Fact> visible =
        about.stream()
            .filter(f -> id.equals(projectOf(f.content().terms())))
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
          ProjectDefinition definition = f.content().as(ProjectDefinition.class);
          if (definition.name() != null) {
            name = new LinkedHashMap<>(definition.name().texts());
          }
          kind = definition.kind();
          participants = f.actors().stream().map(ActorCode::code).toList();
          carries = definition.carries();
          origin = definition.origin() == null ? null : definition.origin().code();
          parent = definition.parent();
        }
        case PROJECT_MILESTONE -> {
          milestoneFacts.add(f);
          ProjectMilestone m = milestone(f);
          if (m.actual() && !MOVES_ONLY_A_FORECAST.contains(m.milestone())) {
            status = f;
          }
        }
        case PROJECT_QUANTITY_REPORTED -> {
          QuantityReport report = f.content().as(QuantityReport.class);
          quantities.put(report.quantity() + "/" + report.status(), f);
        }
        default -> {
          // other developments naming the project do not change it
        }
      }
    }
    List<Milestone> milestones = milestones(milestoneFacts, asOf);
    List<Quantity> figures = new ArrayList<>();
    quantities.forEach(
        (key, f) -> {
          QuantityReport report = f.content().as(QuantityReport.class);
          figures.add(
              new Quantity(
                  f.id(),
                  report.quantity(),
                  report.value(),
                  report.unit(),
                  report.cumulative(),
                  report.status(),
                  f.date().toString(),
                  f.certaintyOn(asOf)));
        });
    List<String> children = children(id, childFacts, asOf);
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
            status == null ? null : milestone(status).milestone(),
            status == null ? null : status.date().toString(),
            status == null ? null : status.certaintyOn(asOf),
            milestones,
            figures,
            asOf,
            List.copyOf(basis)));
  }

  /**
   * The projects part of this one on the day, in id order: those whose latest definition by then
   * names it as parent — a line re-defined under another project has left this one.
   *
   * @param childFacts the developments about every project ever defined with this one as parent
   */
  private static List<String> children(String id, List<Fact> childFacts, LocalDate asOf) {
    Map<String, ProjectDefinition> latest = new TreeMap<>();
    childFacts.stream()
        .filter(f -> f.type() == DevelopmentType.PROJECT_DEFINED && f.certaintyOn(asOf) != null)
        .sorted(Fact.IN_DATE_ORDER)
        .map(f -> f.content().as(ProjectDefinition.class))
        .forEach(d -> latest.put(d.projectId(), d));
    return latest.values().stream()
        .filter(d -> id.equals(d.parent()))
        .map(ProjectDefinition::projectId)
        .toList();
  }

  /**
   * The milestones in date order. Each forecast of a milestone — a PLANNED one, or a slip naming it
   * in {@code delays} — moves the one before it ({@code movedBy}), which stays listed; the latest
   * is overdue once its expected date has passed without the actual milestone by the day.
   */
  private static List<Milestone> milestones(List<Fact> facts, LocalDate asOf) {
    Map<String, String> movedBy = new HashMap<>();
    Map<String, Fact> latestForecast = new HashMap<>();
    for (Fact f : facts) {
      String of = milestone(f).forecastOf();
      if (of != null) {
        Fact before = latestForecast.put(of, f);
        if (before != null) {
          movedBy.put(before.id(), f.id());
        }
      }
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Fact f : facts) {
      ProjectMilestone m = milestone(f);
      boolean overdue =
          m.forecastOf() != null
              && !movedBy.containsKey(f.id())
              && m.expected() != null
              && m.expected().latest().isBefore(asOf)
              && facts.stream()
                  .map(Projects::milestone)
                  .noneMatch(a -> a.actual() && a.milestone().equals(m.forecastOf()));
      milestones.add(
          new Milestone(
              f.id(),
              m.milestone(),
              m.status(),
              f.date().toString(),
              m.expected() == null ? null : m.expected().toString(),
              f.certaintyOn(asOf),
              overdue,
              m.delays(),
              movedBy.get(f.id())));
    }
    return milestones;
  }

  private static ProjectMilestone milestone(Fact f) {
    return f.content().as(ProjectMilestone.class);
  }

  /** The project a development about a project names; null for any other development. */
  private static String projectOf(Terms terms) {
    if (terms instanceof ProjectDefinition d) {
      return d.projectId();
    }
    if (terms instanceof ProjectMilestone m) {
      return m.projectId();
    }
    return terms instanceof QuantityReport q ? q.projectId() : null;
  }
}
