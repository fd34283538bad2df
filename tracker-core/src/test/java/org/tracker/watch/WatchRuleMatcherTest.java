package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_SIGNED;
import static org.tracker.development.api.DevelopmentType.VISIT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.shared.PartialDate;
import org.tracker.testing.FactFixtures;
import org.tracker.watch.api.DevelopmentStates;
import org.tracker.watch.api.WatchItemCommands.LinkEvidence;
import org.tracker.watch.api.WatchItemCommands.WithdrawEvidence;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemEvents.EvidenceLinked;
import org.tracker.watch.api.WatchItemEvents.WatchItemDropped;
import org.tracker.watch.api.WatchItemEvents.WatchItemReopened;
import org.tracker.watch.api.WatchItemEvents.WatchItemResolved;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchOutcome;
import org.tracker.watch.api.WatchRule;

/**
 * Which developments the rule matcher links to watched items, and which links it withdraws: the
 * decisions it sends as commands, given the log positions it sees.
 */
class WatchRuleMatcherTest {

  private static final WatchItemId GAS_DEAL = WatchItemId.of("gas-deal");
  private static final WatchItemId VISITS = WatchItemId.of("visits");
  private static final WatchRule ABOUT_GAS = new WatchRule(null, null, List.of("a-gas"), null);
  private static final WatchRule CHINESE_VISITS =
      new WatchRule(List.of(VISIT), FactFixtures.codes("CHN"), null, null);

  private final InMemoryWatchRuleStore store = new InMemoryWatchRuleStore();
  private final RecordingCommandBus commandBus = new RecordingCommandBus();
  private final Set<DevelopmentId> retracted = new HashSet<>();
  private final Map<DevelopmentId, DevelopmentContent> currents = new HashMap<>();

  {
    // the item records each link it is asked for (see aLinkTheItemDidNotRecordIsNotKeptAsOne)
    commandBus.setCallbackBehavior(
        (command, metaData) -> command instanceof LinkEvidence ? Boolean.TRUE : null);
  }

  private final WatchRuleMatcher matcher =
      new WatchRuleMatcher(
          store,
          DefaultCommandGateway.builder().commandBus(commandBus).build(),
          new DevelopmentStates() {
            @Override
            public boolean exists(DevelopmentId id) {
              return true;
            }

            @Override
            public boolean isRetracted(DevelopmentId id) {
              return retracted.contains(id);
            }

            @Override
            public PartialDate date(DevelopmentId id) {
              return null;
            }

            @Override
            public DevelopmentContent current(DevelopmentId id) {
              return retracted.contains(id) ? null : currents.get(id);
            }
          });

  @ParameterizedTest(name = "[{index}] opened at 10, recorded at {0}: linked {1}")
  @CsvSource({"11, true", "500, true", "10, false", "9, false"})
  void aMatchingDevelopmentIsLinkedWhenRecordedAfterTheItemWasOpened(
      long position, boolean linked) {
    open(GAS_DEAL, ABOUT_GAS, 10);
    Fact signed = signing("a-gas", "1998");

    recorded(signed, position);

    assertThat(sent())
        .isEqualTo(
            linked
                ? List.of(
                    new LinkEvidence(GAS_DEAL, signed.developmentId(), true, null, signed.date()))
                : List.of());
    assertThat(store.linkedTo(signed.developmentId())).hasSize(linked ? 1 : 0);
  }

  @Test
  void aDevelopmentIsLinkedToEveryItemWhoseRuleItMatchesAndNoOther() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    open(VISITS, CHINESE_VISITS, 2);
    Fact visit = FactFixtures.fact(VISIT, "2014-05-12", "CHN TKM", "place", "Ashgabat");
    Fact otherVisit = FactFixtures.fact(VISIT, "2014-06", "RUS TKM");

    recorded(visit, 3);
    recorded(otherVisit, 4);

    assertThat(sent())
        .containsExactly(new LinkEvidence(VISITS, visit.developmentId(), true, null, visit.date()));
  }

  @Test
  void itemsNoLongerWatchedLinkNothingUntilReopened() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    open(VISITS, CHINESE_VISITS, 2);
    matcher.on(new WatchItemResolved(GAS_DEAL, WatchOutcome.HAPPENED, "done", null, null));
    matcher.on(new WatchItemDropped(VISITS, "not worth it", null));
    Fact first = signing("a-gas", "2007");
    Fact second = signing("a-gas", "2009");

    recorded(first, 3);
    matcher.on(new WatchItemReopened(GAS_DEAL, "talks resumed", null));
    recorded(second, 5);

    assertThat(sent())
        .containsExactly(
            new LinkEvidence(GAS_DEAL, second.developmentId(), true, null, second.date()));
  }

  @Test
  void aCorrectionThatTakesTheDevelopmentOutOfTheRuleWithdrawsIt() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-gas", "2007");
    recorded(signed, 2);

    DevelopmentContent corrected = signing("a-oil", "2007").content();
    corrected(new DevelopmentCorrected(signed.developmentId(), 2, corrected, "other one"), 3);

    assertThat(sent())
        .containsExactly(
            new LinkEvidence(GAS_DEAL, signed.developmentId(), true, null, signed.date()),
            new WithdrawEvidence(
                GAS_DEAL,
                signed.developmentId(),
                "corrected (version 2); no longer matches the rule"));
  }

  @Test
  void aCorrectionThatStillMatchesWithdrawsNothing() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-gas", "2007");
    recorded(signed, 2);

    DevelopmentContent corrected = signing("a-gas", "2007-07-17").content();
    corrected(new DevelopmentCorrected(signed.developmentId(), 2, corrected, "the day"), 3);

    assertThat(sent()).noneMatch(WithdrawEvidence.class::isInstance);
  }

  @Test
  void aCorrectionThatBringsTheDevelopmentIntoTheRuleLinksIt() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-oil", "2007");
    recorded(signed, 2);

    DevelopmentContent corrected = signing("a-gas", "2007").content();
    corrected(new DevelopmentCorrected(signed.developmentId(), 2, corrected, "gas"), 3);

    assertThat(sent())
        .containsExactly(
            new LinkEvidence(GAS_DEAL, signed.developmentId(), true, null, signed.date()));
  }

  @Test
  void aRetractionWithdrawsTheDevelopmentFromEveryItemItIsEvidenceFor() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    open(VISITS, new WatchRule(List.of(AGREEMENT_SIGNED), null, null, null), 2);
    Fact signed = signing("a-gas", "2007");
    recorded(signed, 3);
    commandBus.clearCommands();

    matcher.on(new DevelopmentRetracted(signed.developmentId(), 1, "wrong"));

    assertThat(sent())
        .containsExactly(
            new WithdrawEvidence(GAS_DEAL, signed.developmentId(), "the development is retracted"),
            new WithdrawEvidence(VISITS, signed.developmentId(), "the development is retracted"));
  }

  @Test
  void evidenceLinkedForADevelopmentRetractedMeanwhileIsWithdrawnExceptInAReplay() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-gas", "2007");
    retracted.add(signed.developmentId());
    EvidenceLinked linked =
        new EvidenceLinked(GAS_DEAL, signed.developmentId(), true, null, signed.date());

    matcher.on(linked, ReplayToken.createReplayToken(at(10), new GlobalSequenceTrackingToken(0)));
    List<Object> duringReplay = sent();
    matcher.on(linked, at(11));

    assertThat(duringReplay).isEmpty();
    assertThat(sent())
        .containsExactly(
            new WithdrawEvidence(GAS_DEAL, signed.developmentId(), "the development is retracted"));
  }

  @Test
  void aRecordingHandedAgainAfterItsRetractionLinksNothing() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-gas", "2007");
    recorded(signed, 2);
    retracted.add(signed.developmentId());
    matcher.on(new DevelopmentRetracted(signed.developmentId(), 1, "wrong"));
    commandBus.clearCommands();

    matcher.on(new DevelopmentRecorded(signed.developmentId(), signed.content()), at(2));

    assertThat(sent()).isEmpty();
  }

  @Test
  void aRecordingReachedAfterItsCorrectionLinksNothingTheCorrectionDecides() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-gas", "2007");
    currents.put(signed.developmentId(), signing("a-oil", "2007").content());

    matcher.on(new DevelopmentRecorded(signed.developmentId(), signed.content()), at(2));

    assertThat(sent()).isEmpty();
    assertThat(store.linkedTo(signed.developmentId())).isEmpty();
  }

  @Test
  void aLinkTheItemDidNotRecordIsNotKeptAsOne() {
    open(GAS_DEAL, ABOUT_GAS, 1);
    Fact signed = signing("a-gas", "2007");
    commandBus.setCallbackBehavior((command, metaData) -> Boolean.FALSE); // closed meanwhile

    recorded(signed, 2);

    assertThat(sent()).hasSize(1);
    assertThat(store.linkedTo(signed.developmentId())).isEmpty();
  }

  /** A development recorded at a position, its content the current one. */
  private void recorded(Fact fact, long position) {
    currents.put(fact.developmentId(), fact.content());
    matcher.on(new DevelopmentRecorded(fact.developmentId(), fact.content()), at(position));
  }

  /** A development corrected at a position, the correction its current content. */
  private void corrected(DevelopmentCorrected correction, long position) {
    currents.put(correction.developmentId(), correction.content());
    matcher.on(correction, at(position));
  }

  private void open(WatchItemId id, WatchRule rule, long position) {
    matcher.on(
        new WatchItemOpened(
            id, new WatchItemContent(null, List.of(), null, rule, null, null), null),
        at(position));
  }

  private List<Object> sent() {
    return commandBus.getDispatchedCommands().stream()
        .map(CommandMessage::getPayload)
        .map(Object.class::cast)
        .toList();
  }

  private static TrackingToken at(long position) {
    return new GlobalSequenceTrackingToken(position);
  }

  private static Fact signing(String agreement, String date) {
    return FactFixtures.fact(
        DevelopmentType.AGREEMENT_SIGNED, date, "CHN TKM", "agreementId", agreement, "title", "t");
  }

  /** The matcher's own state, held in memory. */
  private static final class InMemoryWatchRuleStore implements WatchRuleStore {

    private final Map<WatchItemId, ActiveRule> rules = new LinkedHashMap<>();
    private final Set<WatchItemId> active = new TreeSet<>(Comparator.comparing(WatchItemId::value));
    private final Map<DevelopmentId, Set<WatchItemId>> links = new LinkedHashMap<>();

    @Override
    public void watch(WatchItemId id, WatchRule rule, long openedAt) {
      if (rules.putIfAbsent(id, new ActiveRule(id, rule, openedAt)) == null) {
        active.add(id);
      }
    }

    @Override
    public void active(WatchItemId id, boolean isActive) {
      if (isActive) {
        active.add(id);
      } else {
        active.remove(id);
      }
    }

    @Override
    public List<ActiveRule> activeRules() {
      return active.stream().map(rules::get).toList();
    }

    @Override
    public void linked(WatchItemId id, DevelopmentId developmentId) {
      links
          .computeIfAbsent(
              developmentId, d -> new TreeSet<>(Comparator.comparing(WatchItemId::value)))
          .add(id);
    }

    @Override
    public void unlinked(WatchItemId id, DevelopmentId developmentId) {
      links.getOrDefault(developmentId, new HashSet<>()).remove(id);
    }

    @Override
    public List<WatchItemId> linkedTo(DevelopmentId developmentId) {
      return new ArrayList<>(links.getOrDefault(developmentId, Set.of()));
    }

    @Override
    public WatchRule rule(WatchItemId id) {
      ActiveRule rule = rules.get(id);
      return rule == null ? null : rule.rule();
    }

    @Override
    public void clear() {
      rules.clear();
      active.clear();
      links.clear();
    }
  }
}
