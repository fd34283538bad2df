package org.tracker.watch;

import java.util.List;
import org.tracker.shared.Projection;

/**
 * The declarations of the watch feature's two projections, beside their classes ({@link
 * WatchItemProjection}, {@link WatchRuleMatcher}).
 */
public final class WatchProjections {

  /**
   * One segment; the list of watch items (one item is read from its own stream, never from here).
   */
  public static final Projection ITEMS =
      Projection.streaming(
          WatchItemProjection.GROUP,
          1,
          List.of("watch_item", "watch_step"),
          List.of("/api/watch-items"));

  /**
   * One segment, so that it reads the log in order: an item opened before a development. It serves
   * no read: what it decides goes to the items' streams as commands.
   */
  public static final Projection RULES =
      Projection.streaming(
          WatchRuleMatcher.GROUP, 1, List.of("watch_rule", "watch_rule_link"), List.of());

  private WatchProjections() {}
}
