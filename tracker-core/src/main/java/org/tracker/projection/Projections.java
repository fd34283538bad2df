package org.tracker.projection;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tracker.catalog.CatalogProjection;
import org.tracker.directory.DirectoryProjection;
import org.tracker.fact.FactProjection;
import org.tracker.shared.Projection;
import org.tracker.watch.WatchProjections;

/**
 * Every projection, each declared beside its class. Adding a projection is adding its declaration
 * here; settings, the admin API, readiness, dead letters and the rebuilding guard follow.
 */
public final class Projections {

  /** In the order operators are told of them. */
  public static final List<Projection> ALL =
      distinct(
          List.of(
              FactProjection.DECLARATION,
              CatalogProjection.DECLARATION,
              WatchProjections.ITEMS,
              WatchProjections.RULES,
              DirectoryProjection.DECLARATION));

  private Projections() {}

  /** The declarations, refused if two share a name, a table or a read. */
  static List<Projection> distinct(List<Projection> declarations) {
    for (Function<Projection, List<String>> owned :
        List.<Function<Projection, List<String>>>of(
            p -> List.of(p.name()), Projection::tables, Projection::reads)) {
      Set<String> seen = new HashSet<>();
      for (Projection projection : declarations) {
        for (String item : owned.apply(projection)) {
          if (!seen.add(item)) {
            throw new IllegalStateException(
                "'" + item + "' is declared by two projections; " + projection.name() + " is one");
          }
        }
      }
    }
    return List.copyOf(declarations);
  }

  /** The projections run by streaming processors: those with a status, a rebuild, dead letters. */
  public static List<Projection> rebuildable() {
    return ALL.stream().filter(Projection::rebuildable).toList();
  }

  /** The rebuildable projection of this name. */
  public static Optional<Projection> rebuildable(String name) {
    return rebuildable().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Their names, for messages: "facts, catalog, …". */
  public static String rebuildableNames() {
    return String.join(", ", rebuildable().stream().map(Projection::name).toList());
  }

  /** The projection a read of {@code path} is answered from, if any. */
  public static Optional<Projection> serving(String path, UnaryOperator<String> parameter) {
    return ALL.stream().filter(p -> p.serves(path, parameter)).findFirst();
  }
}
