package org.tracker.development.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/** Each development type's attributes, read through the one typed view its family has. */
class TermsTest {

  private static DevelopmentContent content(DevelopmentType type, Map<String, Object> attributes) {
    return new DevelopmentContent(
        type, PartialDate.parse("2013-09"), List.of(), attributes, null, List.of());
  }

  /** A value of each attribute of the type, as validation leaves it. */
  private static Map<String, Object> example(DevelopmentType type) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (AttributeSpec spec : type.attributes()) {
      attributes.put(
          spec.name(),
          switch (spec.kind()) {
            case TEXT, REF, URL -> spec.name() + "-text";
            case CHOICE -> spec.allowed().get(0);
            case CHOICES -> List.of(spec.allowed().get(0));
            case CHOICES_BY_ACTOR -> Map.of("CHN", List.of(spec.allowed().get(0)));
            case LEVEL -> "STRATEGIC_PARTNERSHIP";
            case NEW_LEVEL -> "CLOSE_PARTNERSHIP";
            case RANK -> new BigDecimal(25);
            case ACTOR, NEW_ACTOR -> "SCO";
            case DATE -> "2014~";
            case NUMBER -> new BigDecimal("55.5");
            case BOOLEAN -> true;
            case NAMES -> Map.of("en", "Line D", "zh-Hant", "D線");
            case DEVELOPMENT -> "0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a";
          });
    }
    return attributes;
  }

  @ParameterizedTest
  @CsvSource({
    "ACTOR_REGISTERED, ActorRegistration, SCO",
    "DOCUMENT_REGISTERED, DocumentRegistration, documentId-text",
    "PARTNERSHIP_LEVEL_REGISTERED, RungRegistration, CLOSE_PARTNERSHIP",
    "PARTNERSHIP_ESTABLISHED, PartnershipTerms, ",
    "PARTNERSHIP_UPGRADED, PartnershipTerms, ",
    "PARTNERSHIP_DOWNGRADED, PartnershipTerms, ",
    "AGREEMENT_SIGNED, AgreementRef, agreementId-text",
    "AGREEMENT_RATIFIED, AgreementRef, agreementId-text",
    "AGREEMENT_JOINED, AgreementRef, agreementId-text",
    "AGREEMENT_ENTERED_INTO_FORCE, AgreementRef, agreementId-text",
    "AGREEMENT_AMENDED, AgreementRef, agreementId-text",
    "AGREEMENT_PARTY_WITHDREW, AgreementRef, agreementId-text",
    "AGREEMENT_TERMINATED, AgreementRef, agreementId-text",
    "ORGANIZATION_FOUNDED, OrganizationTerms, SCO",
    "ORGANIZATION_DISSOLVED, OrganizationTerms, SCO",
    "MEMBERSHIP_CHANGED, OrganizationTerms, SCO",
    "SUMMIT_HELD, OrganizationTerms, SCO",
    "DOCUMENT_ADOPTED, OrganizationTerms, SCO",
    "BODY_ESTABLISHED, OrganizationTerms, SCO",
    "PROJECT_DEFINED, ProjectDefinition, projectId-text",
    "PROJECT_MILESTONE, ProjectMilestone, projectId-text",
    "PROJECT_QUANTITY_REPORTED, QuantityReport, projectId-text",
    "PROPOSAL_MADE, ProposalRef, proposalId-text",
    "PROPOSAL_ENDORSED, ProposalRef, proposalId-text",
    "PROPOSAL_REALISED, ProposalRef, proposalId-text",
    "PROPOSAL_ABANDONED, ProposalRef, proposalId-text",
    "VISIT, Exchange, ",
    "MEETING, Exchange, ",
    "STATEMENT, Exchange, ",
    "ROLE_ASSUMED, RoleTerms, SCO",
    "ROLE_ENDED, RoleTerms, SCO",
    "CLAIM_PREFERRED, ClaimPreference, 0b8f4c6e-3d6a-4c2f-9a51-2f0d8e7b1c3a"
  })
  void everyTypeIsReadThroughItsFamilysViewAboutItsSubject(
      DevelopmentType type, String view, String subject) {
    Terms terms = content(type, example(type)).terms();

    assertThat(terms.getClass().getSimpleName()).isEqualTo(view);
    assertThat(terms.subject()).isEqualTo(subject);
  }

  @ParameterizedTest
  @EnumSource(DevelopmentType.class)
  void everyTypesExampleHasAView(DevelopmentType type) {
    assertThat(content(type, example(type)).terms()).isNotNull();
  }

  @Test
  void aPartnershipIsItsLevelAndLabels() {
    PartnershipTerms terms =
        content(
                DevelopmentType.PARTNERSHIP_UPGRADED,
                Map.of("level", "STRATEGIC_PARTNERSHIP", "label", "戰略夥伴關係"))
            .as(PartnershipTerms.class);

    assertThat(terms)
        .isEqualTo(new PartnershipTerms("STRATEGIC_PARTNERSHIP", "戰略夥伴關係", null, null));
    assertThat(terms.searchable()).containsExactly("戰略夥伴關係");
  }

  @Test
  void anAgreementsObligationsAreAbsentUnlessStated() {
    AgreementRef stated =
        content(
                DevelopmentType.AGREEMENT_AMENDED,
                Map.of("agreementId", "treaty", "change", "art. 2", "obligations", List.of()))
            .as(AgreementRef.class);
    AgreementRef silent =
        content(DevelopmentType.AGREEMENT_TERMINATED, Map.of("agreementId", "treaty"))
            .as(AgreementRef.class);

    assertThat(stated.obligations()).isEmpty();
    assertThat(stated.change()).isEqualTo("art. 2");
    assertThat(silent.obligations()).isNull();
  }

  @Test
  void aPartnershipMadeDuringAVisitSaysSo() {
    PartnershipTerms terms =
        content(
                DevelopmentType.PARTNERSHIP_ESTABLISHED,
                Map.of("level", "PARTNERSHIP", "label", "夥伴關係", "occasion", "VISIT"))
            .as(PartnershipTerms.class);

    assertThat(terms.occasion()).isEqualTo("VISIT");
  }

  @Test
  void eachPartysOwnObligationsAndHowActorsJoinedAreTyped() {
    Map<String, Object> obligationsOf = new LinkedHashMap<>();
    obligationsOf.put("RUS", List.of("NEUTRALITY"));
    obligationsOf.put("CHN", List.of("DEFENCE", "CONSULTATION"));
    AgreementRef joined =
        content(
                DevelopmentType.AGREEMENT_JOINED,
                Map.of("agreementId", "treaty", "by", "SUCCESSION", "obligationsOf", obligationsOf))
            .as(AgreementRef.class);
    AgreementRef silent =
        content(DevelopmentType.AGREEMENT_RATIFIED, Map.of("agreementId", "treaty"))
            .as(AgreementRef.class);

    assertThat(joined.by()).isEqualTo("SUCCESSION");
    assertThat(joined.obligationsOf())
        .containsExactly(
            Map.entry(ActorCode.of("RUS"), List.of("NEUTRALITY")),
            Map.entry(ActorCode.of("CHN"), List.of("DEFENCE", "CONSULTATION")));
    assertThat(silent.obligationsOf()).isEmpty();
    assertThat(silent.by()).isNull();
  }

  @Test
  void aMembershipChangeToNoneMeansLeaving() {
    OrganizationTerms left =
        content(DevelopmentType.MEMBERSHIP_CHANGED, Map.of("organization", "SCO", "status", "NONE"))
            .as(OrganizationTerms.class);

    assertThat(left.organization()).isEqualTo(ActorCode.of("SCO"));
    assertThat(left.leaves()).isTrue();
  }

  @Test
  void aProjectsDefinitionMilestoneAndQuantityAreTyped() {
    ProjectDefinition line =
        content(DevelopmentType.PROJECT_DEFINED, example(DevelopmentType.PROJECT_DEFINED))
            .as(ProjectDefinition.class);
    ProjectMilestone planned =
        content(
                DevelopmentType.PROJECT_MILESTONE,
                Map.of(
                    "projectId",
                    "line-d",
                    "milestone",
                    "COMPLETED",
                    "status",
                    "PLANNED",
                    "expected",
                    "2016"))
            .as(ProjectMilestone.class);
    QuantityReport capacity =
        content(
                DevelopmentType.PROJECT_QUANTITY_REPORTED,
                Map.of("projectId", "line-d", "quantity", "capacity", "value", 30, "unit", "bcm"))
            .as(QuantityReport.class);

    assertThat(line.name()).isEqualTo(new LocalizedText("Line D", "D線"));
    assertThat(line.origin()).isEqualTo(ActorCode.of("SCO"));
    assertThat(line.searchable()).containsExactly("Line D", "D線");
    assertThat(planned.planned()).isTrue();
    assertThat(planned.expected()).isEqualTo(PartialDate.parse("2016"));
    assertThat(capacity.value()).isEqualByComparingTo("30");
    assertThat(capacity.status())
        .as("a report says ACTUAL unless it says PLANNED")
        .isEqualTo("ACTUAL");
    assertThat(capacity.cumulative()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"STATE, STATE", "PERSON, PERSON", "OTHER, OTHER", "GROUP, OTHER"})
  void anActorsKindIsReadWithGroupFromOlderLogsAsOther(String recorded, ActorKind read) {
    ActorRegistration registration =
        content(
                DevelopmentType.ACTOR_REGISTERED,
                Map.of("code", "X-1", "kind", recorded, "name", Map.of("en", "X")))
            .as(ActorRegistration.class);

    assertThat(registration.kind()).isEqualTo(read);
  }

  @Test
  void aRoleIsWhomThePersonActsForTheRoleAndItsTitle() {
    RoleTerms role =
        content(
                DevelopmentType.ROLE_ASSUMED,
                Map.of("for", "CHN", "role", "FOREIGN_MINISTER", "title", "外長"))
            .as(RoleTerms.class);

    assertThat(role).isEqualTo(new RoleTerms(ActorCode.of("CHN"), "FOREIGN_MINISTER", "外長"));
    assertThat(role.subject()).isEqualTo("CHN");
    assertThat(role.searchable()).containsExactly("外長");
  }

  @Test
  void aRungRegistrationIsTheRungItAdds() {
    RungRegistration registration =
        content(
                DevelopmentType.PARTNERSHIP_LEVEL_REGISTERED,
                example(DevelopmentType.PARTNERSHIP_LEVEL_REGISTERED))
            .as(RungRegistration.class);

    assertThat(registration.rung())
        .isEqualTo(new Rung("CLOSE_PARTNERSHIP", 25, new LocalizedText("Line D", "D線")));
  }

  @Test
  void readingATypeThroughAnotherFamilysViewIsRefused() {
    DevelopmentContent visit = content(DevelopmentType.VISIT, Map.of("place", "Astana"));

    assertThat(visit.as(Exchange.class).place()).isEqualTo("Astana");
    assertThat(visit.terms().searchable()).containsExactly("Astana");
    assertThatThrownBy(() -> visit.as(AgreementRef.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
