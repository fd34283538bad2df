package org.tracker.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_ABANDONED;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_ENDORSED;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_MADE;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_REALISED;
import static org.tracker.development.api.DevelopmentType.STATEMENT;
import static org.tracker.shared.Certainty.CERTAIN;
import static org.tracker.shared.Certainty.POSSIBLE;
import static org.tracker.testing.FactFixtures.fact;
import static org.tracker.testing.FactFixtures.ids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.proposal.api.ListProposals;
import org.tracker.proposal.api.ProposalView;
import org.tracker.proposal.api.ProposalView.Step;
import org.tracker.shared.ActorCode;
import org.tracker.testing.InMemoryFacts;
import org.tracker.testing.RandomHistories;

class ProposalsTest {

  private static final String ID = "bri";
  private static final ActorCode CHN = ActorCode.of("CHN");
  private static final ActorCode KAZ = ActorCode.of("KAZ");
  private static final ActorCode PAK = ActorCode.of("PAK");
  private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

  @Test
  void aProposalWithNothingKnownByTheDayIsNotThere() {
    assertThat(Proposals.fold(ID, List.of(), LONG_AFTER)).isNull();
    assertThat(Proposals.fold(ID, List.of(made("2013-09-07", "CHN")), LocalDate.of(2013, 9, 6)))
        .isNull();
  }

  @Test
  void aMadeProposalIsProposedByItsActorsSinceThen() {
    Fact made =
        fact(
            PROPOSAL_MADE,
            "2013-09-07",
            "CHN",
            "proposalId",
            ID,
            "title",
            "絲綢之路經濟帶",
            "titleEn",
            "Silk Road Economic Belt");

    ProposalView view = fold(LONG_AFTER, made);

    assertThat(view.id()).isEqualTo(ID);
    assertThat(view.title()).isEqualTo("絲綢之路經濟帶");
    assertThat(view.titleEn()).isEqualTo("Silk Road Economic Belt");
    assertThat(view.status()).isEqualTo("PROPOSED");
    assertThat(view.since()).isEqualTo("2013-09-07");
    assertThat(view.certainty()).isEqualTo(CERTAIN);
    assertThat(view.proposers()).containsExactly(CHN);
    assertThat(view.endorsers()).isEmpty();
    assertThat(view.history())
        .containsExactly(new Step(made.id(), "PROPOSAL_MADE", "2013-09-07", CERTAIN));
    assertThat(view.basis()).containsExactly(made.id());
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} since {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2013-09-07 MADE                                          | PROPOSED  | 2013-09-07",
        "2013-09-07 MADE; 2014 ENDORSED                           | ENDORSED  | 2014",
        "2013-09-07 MADE; 2014 ENDORSED; 2015-05 ENDORSED         | ENDORSED  | 2014",
        "2013-09-07 MADE; 2014 ENDORSED; 2016 REALISED            | REALISED  | 2016",
        "2013-09-07 MADE; 2016 REALISED; 2017 ENDORSED            | REALISED  | 2016",
        "2013-09-07 MADE; 2015 ABANDONED                          | ABANDONED | 2015",
        "2013-09-07 MADE; 2015 ABANDONED; 2016 ENDORSED           | ABANDONED | 2015",
        "2013-09-07 MADE; 2015 ABANDONED; 2018 REALISED           | REALISED  | 2018",
        "2013-09-07 MADE; 2016 REALISED; 2017 MADE                | REALISED  | 2016",
        "2013-09-07 MADE; 2014 ENDORSED; 2013-10 MADE             | ENDORSED  | 2014",
        "2016 REALISED; 2014 ENDORSED; 2013-09-07 MADE            | REALISED  | 2016",
        "2014 ENDORSED                                            | ENDORSED  | 2014"
      })
  void theStatusFollowsTheProposalsStepsInWorldOrder(String steps, String status, String since) {
    ProposalView view = fold(LONG_AFTER, steps(steps));

    assertThat(view.status()).isEqualTo(status);
    assertThat(view.since()).isEqualTo(since);
  }

  @Test
  void proposersAndEndorsersGatherInDateOrderOnceEach() {
    ProposalView view =
        fold(
            LONG_AFTER,
            fact(PROPOSAL_ENDORSED, "2015", "PAK KAZ", "proposalId", ID),
            made("2013-09-07", "CHN"),
            fact(PROPOSAL_MADE, "2013-10", "CHN KAZ", "proposalId", ID, "title", "later title"),
            fact(PROPOSAL_ENDORSED, "2014", "KAZ", "proposalId", ID));

    assertThat(view.proposers()).containsExactly(CHN, KAZ);
    assertThat(view.endorsers()).containsExactly(KAZ, PAK);
    assertThat(view.title()).isEqualTo("title of " + ID);
  }

  @ParameterizedTest(name = "[{index}] realised {0}, asked {1}: {2}")
  @CsvSource({
    "2016-06,    2016-06-15, POSSIBLE",
    "2016-06,    2016-06-30, CERTAIN",
    "2016,       2016-12-30, POSSIBLE",
    "2016-06-15, 2016-06-15, CERTAIN"
  })
  void theStatusIsOnlyPossibleWithinTheDateOfTheStepThatSetIt(
      String date, LocalDate asOf, String certainty) {
    ProposalView view =
        fold(asOf, made("2013", "CHN"), fact(PROPOSAL_REALISED, date, "", "proposalId", ID));

    assertThat(view.status()).isEqualTo("REALISED");
    assertThat(String.valueOf(view.certainty())).isEqualTo(certainty);
  }

  @Test
  void theHistoryListsEveryStepUpToTheDayInDateOrder() {
    Fact realised = fact(PROPOSAL_REALISED, "2016-06", "", "proposalId", ID);
    Fact endorsed = fact(PROPOSAL_ENDORSED, "2014", "KAZ", "proposalId", ID);
    Fact abandoned = fact(PROPOSAL_ABANDONED, "2020", "", "proposalId", ID);
    Fact made = made("2013-09-07", "CHN");

    ProposalView view = fold(LocalDate.of(2016, 6, 15), realised, abandoned, endorsed, made);

    assertThat(view.history())
        .containsExactly(
            new Step(made.id(), "PROPOSAL_MADE", "2013-09-07", CERTAIN),
            new Step(endorsed.id(), "PROPOSAL_ENDORSED", "2014", CERTAIN),
            new Step(realised.id(), "PROPOSAL_REALISED", "2016-06", POSSIBLE));
    assertThat(view.basis()).containsExactlyElementsOf(ids(made, endorsed, realised));
  }

  @Test
  void listingGroupsTheProposalsDevelopmentsByProposalInIdOrder() {
    InMemoryFacts facts =
        new InMemoryFacts(
            List.of(
                fact(PROPOSAL_MADE, "2013-09-07", "CHN", "proposalId", "bri", "title", "BRI"),
                fact(PROPOSAL_MADE, "2021-09", "CHN", "proposalId", "gdi", "title", "GDI"),
                fact(PROPOSAL_MADE, "2031", "CHN", "proposalId", "zzz", "title", "later"),
                fact(PROPOSAL_MADE, "2014", "RUS", "proposalId", "aaa", "title", "Eurasian"),
                fact(PROPOSAL_REALISED, "2017", "", "proposalId", "aaa"),
                fact(STATEMENT, "2015", "CHN", "proposalId", "bri")));

    List<ProposalView> proposals =
        new Proposals(facts).handle(new ListProposals(LocalDate.of(2022, 1, 1), null)).proposals();

    assertThat(proposals).extracting(ProposalView::id).containsExactly("aaa", "bri", "gdi");
    assertThat(proposals)
        .extracting(ProposalView::status)
        .containsExactly("REALISED", "PROPOSED", "PROPOSED");
    assertThat(proposals.get(1).history()).hasSize(1);
  }

  /**
   * The answer does not depend on the order in which developments were recorded. Facts of the same
   * date are put in world order by their log position, so the generated facts have distinct dates
   * (of year, month or day precision, some qualified).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.tracker.testing.RandomHistories#seeds")
  void theAnswerDoesNotDependOnTheOrderInWhichDevelopmentsWereRecorded(long seed) {
    Random random = new Random(seed);
    List<Fact> history = new ArrayList<>();
    for (String date : RandomHistories.distinctDates(random, random.nextInt(10), 2000, 2010)) {
      DevelopmentType type =
          RandomHistories.oneOf(
              random, PROPOSAL_MADE, PROPOSAL_ENDORSED, PROPOSAL_REALISED, PROPOSAL_ABANDONED);
      String actors = RandomHistories.oneOf(random, "CHN", "KAZ", "PAK KAZ");
      history.add(fact(type, date, actors, "proposalId", ID, "title", "title of " + date));
    }
    LocalDate asOf = RandomHistories.day(random, 1999, 2011);

    ProposalView once =
        Proposals.fold(ID, RandomHistories.recordedInRandomOrder(random, history), asOf);
    ProposalView again =
        Proposals.fold(ID, RandomHistories.recordedInRandomOrder(random, history), asOf);

    assertThat(again).as(() -> "history " + history + " as of " + asOf).isEqualTo(once);
  }

  private static ProposalView fold(LocalDate asOf, Fact... facts) {
    return Proposals.fold(ID, List.of(facts), asOf);
  }

  /** Steps like {@code "2013-09-07 MADE; 2014 ENDORSED"}. */
  private static Fact[] steps(String steps) {
    return Arrays.stream(steps.split(";"))
        .map(s -> s.trim().split("\\s+"))
        .map(
            s ->
                s[1].equals("MADE")
                    ? made(s[0], "CHN")
                    : fact(
                        DevelopmentType.valueOf("PROPOSAL_" + s[1]), s[0], "KAZ", "proposalId", ID))
        .toArray(Fact[]::new);
  }

  private static Fact made(String date, String proposers) {
    return fact(PROPOSAL_MADE, date, proposers, "proposalId", ID, "title", "title of " + ID);
  }
}
