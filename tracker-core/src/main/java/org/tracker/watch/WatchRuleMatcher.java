package org.tracker.watch;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.watch.api.DevelopmentStates;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.EvidenceWithdrawn;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchRule;

/**
 * Watches the log for developments bearing on watched items: one recorded (typed in, imported or
 * backfilled — any date) after an item was opened and matching its rule is linked to it as
 * evidence; a retracted one, or one corrected so that it no longer matches, is withdrawn. Runs in
 * one segment, in log order. Replays rebuild its state but send no command: what it decided is
 * already in the items' streams. Its own tables hold only links the items recorded, so that a
 * rebuild (which replays the recorded links) gives the same tables however late it ran.
 */
@ProcessingGroup(WatchRuleMatcher.GROUP)
public class WatchRuleMatcher {

  public static final String GROUP = "watch-rules";

  private final WatchRuleStore store;
  private final CommandGateway commands;
  private final DevelopmentStates developments;

  public WatchRuleMatcher(
      WatchRuleStore store, CommandGateway commands, DevelopmentStates developments) {
    this.store = store;
    this.commands = commands;
    this.developments = developments;
  }

  @EventHandler
  void on(WatchItemOpened event, TrackingToken token) {
    store.watch(event.id(), event.content().rule(), position(token));
  }

  @EventHandler
  void on(WatchItemResolved event) {
    store.active(event.id(), false);
  }

  @EventHandler
  void on(WatchItemDropped event) {
    store.active(event.id(), false);
  }

  @EventHandler
  void on(WatchItemReopened event) {
    store.active(event.id(), true);
  }

  @EventHandler
  void on(EvidenceLinked event, TrackingToken token) {
    store.linked(event.id(), event.developmentId());
    if (!ReplayToken.isReplay(token) && developments.isRetracted(event.developmentId())) {
      // retracted between the link being decided and being recorded
      commands.sendAndWait(
          new WithdrawEvidence(event.id(), event.developmentId(), "the development is retracted"));
    }
  }

  @EventHandler
  void on(EvidenceWithdrawn event) {
    store.unlinked(event.id(), event.developmentId());
  }

  @EventHandler
  @DisallowReplay
  void on(DevelopmentRecorded event, TrackingToken token) {
    link(event.developmentId(), event.content(), position(token));
  }

  @EventHandler
  @DisallowReplay
  void on(DevelopmentCorrected event, TrackingToken token) {
    for (WatchItemId item : store.linkedTo(event.developmentId())) {
      WatchRule rule = store.rule(item);
      if (rule != null && !WatchRules.matches(rule, event.content())) {
        commands.sendAndWait(
            new WithdrawEvidence(
                item,
                event.developmentId(),
                "corrected (version " + event.version() + "); no longer matches the rule"));
      }
    }
    link(event.developmentId(), event.content(), position(token));
  }

  @EventHandler
  @DisallowReplay
  void on(DevelopmentRetracted event) {
    for (WatchItemId item : store.linkedTo(event.developmentId())) {
      commands.sendAndWait(
          new WithdrawEvidence(item, event.developmentId(), "the development is retracted"));
    }
  }

  @ResetHandler
  void reset() {
    store.clear();
  }

  /**
   * Links the development to each watched item whose rule its content matches — but only while that
   * content is the development's current one: an event handed again (handling is at least once) or
   * reached late, after a correction or a retraction, must not link what is no longer so (the later
   * event decides).
   */
  private void link(DevelopmentId development, DevelopmentContent content, long position) {
    boolean current = false;
    for (WatchRuleStore.ActiveRule rule : store.activeRules()) {
      if (rule.openedAt() < position && WatchRules.matches(rule.rule(), content)) {
        if (!current && !content.equals(developments.current(development))) {
          return;
        }
        current = true;
        Object linked =
            commands.sendAndWait(
                new LinkEvidence(rule.id(), development, true, null, content.date()));
        if (Boolean.TRUE.equals(linked)) {
          // known at once, before its event comes back (a correction may come first); never a
          // link the item did not record — closed since, it was no longer watched — which a
          // replay of the recorded links would not rebuild
          store.linked(rule.id(), development);
        }
      }
    }
  }

  private static long position(TrackingToken token) {
    return token.position().orElse(0);
  }
}
