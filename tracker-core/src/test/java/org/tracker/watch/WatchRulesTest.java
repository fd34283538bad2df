package org.tracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracker.development.api.DevelopmentType.ACTOR_REGISTERED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_JOINED;
import static org.tracker.development.api.DevelopmentType.AGREEMENT_SIGNED;
import static org.tracker.development.api.DevelopmentType.DOCUMENT_REGISTERED;
import static org.tracker.development.api.DevelopmentType.MEMBERSHIP_CHANGED;
import static org.tracker.development.api.DevelopmentType.PARTNERSHIP_UPGRADED;
import static org.tracker.development.api.DevelopmentType.PROJECT_DEFINED;
import static org.tracker.development.api.DevelopmentType.PROJECT_QUANTITY_REPORTED;
import static org.tracker.development.api.DevelopmentType.PROPOSAL_ENDORSED;
import static org.tracker.development.api.DevelopmentType.VISIT;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentType;
import org.tracker.testing.FactFixtures;
import org.tracker.watch.api.WatchRule;

class WatchRulesTest {

  static Stream<Arguments> byType() {
    WatchRule signings = rule(List.of(AGREEMENT_SIGNED), "", List.of(), Map.of());
    WatchRule signingsOrAccessions =
        rule(List.of(AGREEMENT_SIGNED, AGREEMENT_JOINED), "", List.of(), Map.of());
    return Stream.of(
        Arguments.of("a type of the rule", signings, signing("a-gas", "CHN TKM"), true),
        Arguments.of("a type not in the rule", signings, joining("a-gas", "UZB"), false),
        Arguments.of(
            "one of the rule's types", signingsOrAccessions, joining("a-gas", "UZB"), true),
        Arguments.of(
            "any type when the rule names subjects only",
            rule(List.of(), "", List.of("a-gas"), Map.of()),
            joining("a-gas", "UZB"),
            true));
  }

  static Stream<Arguments> byActors() {
    WatchRule visitsBetween = rule(List.of(VISIT), "CHN TKM", List.of(), Map.of());
    return Stream.of(
        Arguments.of("naming every actor of the rule", visitsBetween, visit("TKM CHN"), true),
        Arguments.of("naming more actors besides", visitsBetween, visit("UZB CHN TKM"), true),
        Arguments.of("naming only one of them", visitsBetween, visit("CHN UZB"), false),
        Arguments.of(
            "any actors when the rule names none",
            rule(List.of(VISIT), "", List.of(), Map.of()),
            visit("KAZ UZB"),
            true));
  }

  static Stream<Arguments> bySubject() {
    WatchRule aboutGas = rule(List.of(), "", List.of("a-gas", "cagp"), Map.of());
    return Stream.of(
        Arguments.of("about the agreement", aboutGas, signing("a-gas", "CHN TKM"), true),
        Arguments.of("about another agreement", aboutGas, signing("a-oil", "CHN TKM"), false),
        Arguments.of(
            "about the project",
            aboutGas,
            content(PROJECT_QUANTITY_REPORTED, "", "projectId", "cagp", "value", 30),
            true),
        Arguments.of(
            "a line whose parent is the project",
            aboutGas,
            content(PROJECT_DEFINED, "CHN", "projectId", "cagp-line-d", "parent", "cagp"),
            true),
        Arguments.of(
            "an agreement about the project",
            aboutGas,
            content(AGREEMENT_SIGNED, "CHN UZB", "agreementId", "a-line", "project", "cagp"),
            true),
        Arguments.of(
            "about the organisation",
            rule(List.of(), "", List.of("SCO"), Map.of()),
            content(MEMBERSHIP_CHANGED, "IND", "organization", "SCO", "status", "FULL"),
            true),
        Arguments.of(
            "about the proposal",
            rule(List.of(), "", List.of("bri"), Map.of()),
            content(PROPOSAL_ENDORSED, "KAZ", "proposalId", "bri"),
            true),
        Arguments.of("about nothing", aboutGas, visit("CHN TKM"), false),
        Arguments.of(
            "about the subject but of another type",
            rule(List.of(AGREEMENT_JOINED), "", List.of("a-gas"), Map.of()),
            signing("a-gas", "CHN TKM"),
            false));
  }

  static Stream<Arguments> byAttributes() {
    return Stream.of(
        Arguments.of(
            "the same text",
            rule(List.of(), "", List.of("a-gas"), Map.of("instrument", "TREATY")),
            content(AGREEMENT_SIGNED, "CHN", "agreementId", "a-gas", "instrument", "TREATY"),
            true),
        Arguments.of(
            "another text",
            rule(List.of(), "", List.of("a-gas"), Map.of("instrument", "TREATY")),
            content(AGREEMENT_SIGNED, "CHN", "agreementId", "a-gas", "instrument", "PLAN"),
            false),
        Arguments.of(
            "the attribute absent",
            rule(List.of(), "", List.of("a-gas"), Map.of("instrument", "TREATY")),
            content(AGREEMENT_SIGNED, "CHN", "agreementId", "a-gas"),
            false),
        Arguments.of(
            "a list containing the value",
            rule(List.of(), "", List.of("a-gas"), Map.of("obligations", "TRANSIT")),
            content(
                AGREEMENT_SIGNED,
                "CHN",
                "agreementId",
                "a-gas",
                "obligations",
                List.of("SUPPLY", "TRANSIT")),
            true),
        Arguments.of(
            "a list without the value",
            rule(List.of(), "", List.of("a-gas"), Map.of("obligations", "TRANSIT")),
            content(
                AGREEMENT_SIGNED, "CHN", "agreementId", "a-gas", "obligations", List.of("SUPPLY")),
            false),
        Arguments.of(
            "an equal number however written",
            rule(List.of(PROJECT_QUANTITY_REPORTED), "", List.of(), Map.of("value", 30)),
            content(PROJECT_QUANTITY_REPORTED, "", "projectId", "cagp", "value", 30.0),
            true),
        Arguments.of(
            "another number",
            rule(List.of(PROJECT_QUANTITY_REPORTED), "", List.of(), Map.of("value", 30)),
            content(PROJECT_QUANTITY_REPORTED, "", "projectId", "cagp", "value", 31),
            false),
        Arguments.of(
            "a number written as text",
            rule(List.of(PROJECT_QUANTITY_REPORTED), "", List.of(), Map.of("value", "30")),
            content(PROJECT_QUANTITY_REPORTED, "", "projectId", "cagp", "value", 30),
            true),
        Arguments.of(
            "a boolean written as text",
            rule(List.of(PROJECT_QUANTITY_REPORTED), "", List.of(), Map.of("cumulative", "true")),
            content(PROJECT_QUANTITY_REPORTED, "", "projectId", "cagp", "cumulative", true),
            true),
        Arguments.of(
            "a partnership level",
            rule(
                List.of(PARTNERSHIP_UPGRADED),
                "CHN",
                List.of(),
                Map.of("level", "STRATEGIC_PARTNERSHIP")),
            content(
                PARTNERSHIP_UPGRADED,
                "CHN TKM",
                "level",
                "STRATEGIC_PARTNERSHIP",
                "label",
                "戰略夥伴關係"),
            true),
        Arguments.of(
            "every attribute of the rule, one differing",
            rule(
                List.of(),
                "",
                List.of("a-gas"),
                Map.of("instrument", "TREATY", "obligations", "DEFENCE")),
            content(
                AGREEMENT_SIGNED,
                "CHN",
                "agreementId",
                "a-gas",
                "instrument",
                "TREATY",
                "obligations",
                List.of("SUPPLY")),
            false));
  }

  static Stream<Arguments> registrations() {
    return Stream.of(
        Arguments.of(
            "an actor's registration, even of the rule's type",
            rule(List.of(ACTOR_REGISTERED), "", List.of(), Map.of()),
            content(ACTOR_REGISTERED, "", "code", "TKM", "kind", "STATE"),
            false),
        Arguments.of(
            "an actor's registration about the rule's subject",
            rule(List.of(), "", List.of("TKM"), Map.of()),
            content(ACTOR_REGISTERED, "", "code", "TKM", "kind", "STATE"),
            false),
        Arguments.of(
            "a document's registration",
            rule(List.of(DOCUMENT_REGISTERED), "", List.of(), Map.of()),
            content(DOCUMENT_REGISTERED, "", "documentId", "d-1", "title", "t"),
            false));
  }

  @ParameterizedTest(name = "[{index}] {0}: {3}")
  @MethodSource({"byType", "byActors", "bySubject", "byAttributes", "registrations"})
  void aDevelopmentBearsOnAWatchItemWhenItMatchesEveryPartOfItsRule(
      String what, WatchRule rule, DevelopmentContent development, boolean matches) {
    assertThat(WatchRules.matches(rule, development)).isEqualTo(matches);
  }

  private static WatchRule rule(
      List<DevelopmentType> types,
      String actors,
      List<String> subjects,
      Map<String, Object> attributes) {
    return new WatchRule(types, FactFixtures.codes(actors), subjects, attributes);
  }

  private static DevelopmentContent content(
      DevelopmentType type, String actors, Object... attributes) {
    String date = type.isRegistration() ? null : "2014-05-12";
    return FactFixtures.fact(type, date, actors, attributes).content();
  }

  private static DevelopmentContent signing(String agreement, String parties) {
    return content(AGREEMENT_SIGNED, parties, "agreementId", agreement, "title", "t");
  }

  private static DevelopmentContent joining(String agreement, String actors) {
    return content(AGREEMENT_JOINED, actors, "agreementId", agreement);
  }

  private static DevelopmentContent visit(String actors) {
    return content(VISIT, actors, "place", "Ashgabat");
  }
}
