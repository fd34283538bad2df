package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracker.development.DevelopmentValidator.Valid;
import org.tracker.development.api.ActorRegistration;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.LocalizedText;

class DevelopmentValidatorTest {

  /** States CHN and KAZ, organisation SCO, person WANG-YI; document "seed". */
  private static final Map<String, ActorKind> ACTORS =
      Map.of(
          "CHN", ActorKind.STATE,
          "KAZ", ActorKind.STATE,
          "SCO", ActorKind.ORGANIZATION,
          "WANG-YI", ActorKind.PERSON);

  private static final References KNOWN =
      new References() {
        @Override
        public boolean actorExists(ActorCode code) {
          return ACTORS.containsKey(code.code());
        }

        @Override
        public Optional<ActorKind> actorKind(ActorCode code) {
          return Optional.ofNullable(ACTORS.get(code.code()));
        }

        @Override
        public boolean documentExists(String documentId) {
          return documentId.equals("seed");
        }
      };

  private static final List<Citation> SOURCE = List.of(new Citation("seed", "§1 ¶2", "戰略夥伴"));

  @Test
  void aValidDraftBecomesNormalisedContent() {
    Valid valid =
        validate(
            new DevelopmentDraft(
                null,
                "PROJECT_QUANTITY_REPORTED",
                "2013",
                List.of("CHN", "KAZ"),
                Map.of(
                    "projectId", "line-a", "quantity", "capacity", "value", 30, "unit", "bcm/year"),
                new LocalizedText("Capacity of line A", null),
                SOURCE));

    assertThat(valid.content().attributes().get("value")).isEqualTo(new BigDecimal("30"));
    assertThat(valid.content().actors()).extracting(ActorCode::code).containsExactly("CHN", "KAZ");
    assertThat(valid.content().date().toString()).isEqualTo("2013");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    "not-a-uuid",
                    "PARTNERSHIP_ESTABLISHED",
                    "2013-9",
                    List.of("CHN", "CHN", "XXX"),
                    Map.of("level", "BEST", "mood", "good"),
                    null,
                    List.of(new Citation("nowhere", " ", null)))))
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder(
            "id",
            "date",
            "attributes.mood",
            "attributes.level",
            "attributes.label",
            "actors",
            "actors[1]",
            "actors[2]",
            "summary",
            "sources[0].document",
            "sources[0].locator");
  }

  @Test
  void aStateIsRegisteredByItsIsoCodeOrAFormerStatesOrAnHCode() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "ACTOR_REGISTERED",
                    null,
                    null,
                    Map.of(
                        "code",
                        "KAZAK",
                        "kind",
                        "STATE",
                        "name",
                        Map.of("en", "K", "zh-Hant", "哈")),
                    null,
                    null)))
        .extracting(FieldViolation::message)
        .containsExactly(ActorCode.STATE_CODES);
    for (String code : List.of("MNG", "SUHH", "H-QING")) {
      Valid valid =
          validate(
              new DevelopmentDraft(
                  null,
                  "ACTOR_REGISTERED",
                  null,
                  null,
                  Map.of("code", code, "kind", "STATE", "name", Map.of("en", "K")),
                  null,
                  null));
      assertThat(valid.content().text("code")).isEqualTo(code);
    }
  }

  @Test
  void aRegisteredCodeCannotBeRegisteredAgain() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "ACTOR_REGISTERED",
                    null,
                    null,
                    Map.of(
                        "code", "KAZ", "kind", "STATE", "name", Map.of("en", "K", "zh-Hant", "哈")),
                    null,
                    null)))
        .extracting(FieldViolation::message)
        .containsExactly("KAZ is already registered");
  }

  @Test
  void aForecastIsAPlannedMilestoneWithItsOwnStatus() {
    Valid planned =
        validate(
            new DevelopmentDraft(
                null,
                "PROJECT_MILESTONE",
                "2013-09",
                List.of(),
                Map.of(
                    "projectId",
                    "line-c",
                    "milestone",
                    "OPERATIONAL",
                    "status",
                    "PLANNED",
                    "expected",
                    "2014~"),
                new LocalizedText(null, "預計2014年初通氣"),
                SOURCE));

    assertThat(planned.content().attributes())
        .containsEntry("status", "PLANNED")
        .containsEntry("expected", "2014~");
  }

  @Test
  void aPlannedMilestoneNeedsItsExpectedDate() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "PROJECT_MILESTONE",
                    "2013-09",
                    List.of(),
                    Map.of("projectId", "line-c", "milestone", "OPERATIONAL", "status", "PLANNED"),
                    new LocalizedText("expected", null),
                    SOURCE)))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.expected");
  }

  @Test
  void eachPartysOwnObligationsAreKeptByActor() {
    Valid valid =
        validate(
            new DevelopmentDraft(
                null,
                "AGREEMENT_SIGNED",
                "1939-08",
                List.of("CHN", "KAZ"),
                Map.of(
                    "agreementId",
                    "pact",
                    "title",
                    "pact",
                    "obligationsOf",
                    Map.of("KAZ", List.of("NEUTRALITY", "NON_AGGRESSION"))),
                new LocalizedText("signed", null),
                SOURCE));

    assertThat(valid.content().attributes().get("obligationsOf"))
        .isEqualTo(Map.of("KAZ", List.of("NEUTRALITY", "NON_AGGRESSION")));
  }

  @Test
  void obligationsOfAnActorTheDevelopmentDoesNotNameOrOfUnknownKindsAreNamedByActor() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "AGREEMENT_JOINED",
                    "2005",
                    List.of("KAZ"),
                    Map.of(
                        "agreementId",
                        "pact",
                        "by",
                        "INHERITANCE",
                        "obligationsOf",
                        Map.of("CHN", List.of("DEFENCE"), "KAZ", List.of("NEUTRALITY", "WAR"))),
                    new LocalizedText("joined", null),
                    SOURCE)))
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder(
            "attributes.by", "attributes.obligationsOf.CHN", "attributes.obligationsOf.KAZ");
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "AGREEMENT_RATIFIED",
                    "2005",
                    List.of("KAZ"),
                    Map.of(
                        "agreementId", "pact", "obligationsOf", Map.of("CHN", List.of("DEFENCE"))),
                    new LocalizedText("ratified", null),
                    SOURCE)))
        .containsExactly(
            new FieldViolation(
                "attributes.obligationsOf.CHN",
                "CHN is not one of this development's actors [KAZ]; obligationsOf speaks only of"
                    + " actors the development names"));
  }

  @Test
  void obligationsOfMustBeAnObjectOfListsByActorCode() {
    List<FieldViolation> shapes =
        violations(
            new DevelopmentDraft(
                null,
                "AGREEMENT_ENTERED_INTO_FORCE",
                "2005",
                List.of("KAZ"),
                Map.of("agreementId", "pact", "obligationsOf", List.of("DEFENCE")),
                new LocalizedText("in force", null),
                SOURCE));
    List<FieldViolation> entries =
        violations(
            new DevelopmentDraft(
                null,
                "AGREEMENT_AMENDED",
                "2005",
                List.of("KAZ"),
                Map.of(
                    "agreementId",
                    "pact",
                    "change",
                    "art. 2",
                    "obligationsOf",
                    Map.of("kaz", List.of("DEFENCE"), "KAZ", List.of())),
                new LocalizedText("amended", null),
                SOURCE));

    assertThat(shapes)
        .extracting(FieldViolation::field)
        .containsExactly("attributes.obligationsOf");
    assertThat(entries)
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("attributes.obligationsOf.kaz", "attributes.obligationsOf.KAZ");
  }

  @Test
  void aPartnershipStepMayBeMadeDuringAVisitOrAMeeting() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "PARTNERSHIP_UPGRADED",
                    "2013-09",
                    List.of("CHN", "KAZ"),
                    Map.of("level", "STRATEGIC_PARTNERSHIP", "label", "戰略", "occasion", "DINNER"),
                    new LocalizedText("upgraded", null),
                    SOURCE)))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.occasion");
  }

  @Test
  void aReasonIsRequiredForCorrectionsAndRetractions() {
    assertThatThrownBy(() -> DevelopmentValidator.reason("  "))
        .isInstanceOf(InvalidDevelopment.class)
        .hasMessageContaining("reason");
    assertThat(DevelopmentValidator.reason("misread")).isEqualTo("misread");
  }

  @Test
  void aDelayNamesTheMilestoneWhoseForecastItMovesAndHappened() {
    assertThat(
            violations(
                new DevelopmentDraft(
                    null,
                    "PROJECT_MILESTONE",
                    "2016-03",
                    List.of(),
                    Map.of("projectId", "cagp", "milestone", "DELAYED", "status", "PLANNED"),
                    new LocalizedText("Line D is delayed", null),
                    SOURCE)))
        .extracting(FieldViolation::field)
        .contains("attributes.delays", "attributes.status");
  }

  private static DevelopmentDraft role(String type, String person, Map<String, Object> attributes) {
    return new DevelopmentDraft(
        null,
        type,
        "2013-03",
        List.of(person),
        attributes,
        new LocalizedText("Wang Yi becomes foreign minister", null),
        SOURCE);
  }

  @Test
  void aPersonTakesUpARoleForAnotherActor() {
    Valid valid =
        validate(
            role(
                "ROLE_ASSUMED",
                "WANG-YI",
                Map.of("for", "CHN", "role", "FOREIGN_MINISTER", "title", "外交部長")));

    assertThat(valid.content().attributes())
        .containsEntry("for", "CHN")
        .containsEntry("role", "FOREIGN_MINISTER")
        .containsEntry("title", "外交部長");
    assertThat(validate(role("ROLE_ENDED", "WANG-YI", Map.of("for", "SCO", "role", "ENVOY"))))
        .isNotNull();
  }

  @Test
  void aRoleIsHeldByAPersonForARegisteredActorThatIsNotOne() {
    assertThat(violations(role("ROLE_ASSUMED", "KAZ", Map.of("for", "CHN", "role", "ENVOY"))))
        .containsExactly(
            new FieldViolation(
                "actors[0]", "KAZ is registered as STATE; a role is held by a PERSON"));
    assertThat(violations(role("ROLE_ENDED", "WANG-YI", Map.of("for", "WANG-YI", "role", "OTHER"))))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.for");
    assertThat(
            violations(
                role("ROLE_ASSUMED", "WANG-YI", Map.of("for", "NOBODY", "role", "MINISTER"))))
        .extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("attributes.for", "attributes.role");
    assertThat(violations(role("ROLE_ASSUMED", "WANG-YI", Map.of("role", "ENVOY"))))
        .extracting(FieldViolation::field)
        .containsExactly("attributes.for");
  }

  @Test
  void anActorOfKindGroupFromAnOlderLogIsStillAccepted() {
    Valid valid =
        validate(
            new DevelopmentDraft(
                null,
                "ACTOR_REGISTERED",
                null,
                null,
                Map.of("code", "TALIBAN", "kind", "GROUP", "name", Map.of("en", "Taliban")),
                null,
                null));

    assertThat(valid.content().attributes()).containsEntry("kind", "GROUP");
    assertThat(valid.content().as(ActorRegistration.class).kind()).isEqualTo(ActorKind.OTHER);
  }

  private static Valid validate(DevelopmentDraft draft) {
    return DevelopmentValidator.validate(draft, KNOWN, UUID.randomUUID());
  }

  private static List<FieldViolation> violations(DevelopmentDraft draft) {
    try {
      validate(draft);
      throw new AssertionError("expected the draft to be refused");
    } catch (InvalidDevelopment e) {
      return e.violations();
    }
  }
}
