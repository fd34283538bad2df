package org.tracker.development.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/**
 * What a development's attributes say, typed: one view per family of development types, made from
 * the (validated) attributes here and nowhere else, so folds and stores read fields, not string
 * keys. The stored shape stays the {@code attributes} map of {@link DevelopmentContent}.
 */
public sealed interface Terms
    permits ActorRegistration,
        DocumentRegistration,
        RungRegistration,
        PartnershipTerms,
        AgreementRef,
        OrganizationTerms,
        ProjectDefinition,
        ProjectMilestone,
        QuantityReport,
        ProposalRef,
        Exchange,
        RoleTerms,
        ClaimPreference {

  /**
   * What the development is about: the agreement, project, proposal, organisation, document, actor
   * or rung it names; null when none.
   */
  String subject();

  /** The attribute texts a search of the timeline looks in (beside summaries and quotes). */
  List<String> searchable();

  /** The view of a content's attributes that its type calls for. */
  static Terms of(DevelopmentContent content) {
    Map<String, Object> a = content.attributes();
    return switch (content.type()) {
      case ACTOR_REGISTERED ->
          new ActorRegistration(
              actor(a, "code"), ActorKind.named(text(a, "kind")).orElse(null), names(a, "name"));
      case DOCUMENT_REGISTERED ->
          new DocumentRegistration(
              text(a, "documentId"),
              text(a, "title"),
              text(a, "author"),
              text(a, "affiliation"),
              text(a, "publication"),
              text(a, "published"),
              text(a, "language"),
              text(a, "url"),
              text(a, "reliability"));
      case PARTNERSHIP_LEVEL_REGISTERED ->
          new RungRegistration(text(a, "code"), integer(a, "rank"), names(a, "name"));
      case PARTNERSHIP_ESTABLISHED,
          PARTNERSHIP_UPGRADED,
          PARTNERSHIP_REAFFIRMED,
          PARTNERSHIP_DOWNGRADED ->
          new PartnershipTerms(
              text(a, "level"), text(a, "label"), text(a, "labelEn"), text(a, "occasion"));
      case AGREEMENT_SIGNED,
          AGREEMENT_RATIFIED,
          AGREEMENT_JOINED,
          AGREEMENT_ENTERED_INTO_FORCE,
          AGREEMENT_AMENDED,
          AGREEMENT_PARTY_WITHDREW,
          AGREEMENT_TERMINATED ->
          new AgreementRef(
              text(a, "agreementId"),
              text(a, "title"),
              text(a, "titleEn"),
              text(a, "instrument"),
              list(a, "obligations"),
              listsByActor(a, "obligationsOf"),
              text(a, "project"),
              text(a, "change"),
              text(a, "by"));
      case ORGANIZATION_FOUNDED,
          ORGANIZATION_DISSOLVED,
          MEMBERSHIP_CHANGED,
          SUMMIT_HELD,
          DOCUMENT_ADOPTED,
          BODY_ESTABLISHED ->
          new OrganizationTerms(
              actor(a, "organization"),
              text(a, "status"),
              text(a, "title"),
              text(a, "titleEn"),
              text(a, "place"),
              text(a, "body"));
      case PROJECT_DEFINED ->
          new ProjectDefinition(
              text(a, "projectId"),
              names(a, "name"),
              text(a, "parent"),
              text(a, "kind"),
              text(a, "carries"),
              actor(a, "origin"));
      case PROJECT_MILESTONE ->
          new ProjectMilestone(
              text(a, "projectId"),
              text(a, "milestone"),
              text(a, "status"),
              date(a, "expected"),
              text(a, "delays"));
      case PROJECT_QUANTITY_REPORTED ->
          new QuantityReport(
              text(a, "projectId"),
              text(a, "quantity"),
              number(a, "value"),
              text(a, "unit"),
              Boolean.TRUE.equals(a.get("cumulative")),
              text(a, "status"));
      case PROPOSAL_MADE, PROPOSAL_ENDORSED, PROPOSAL_REALISED, PROPOSAL_ABANDONED ->
          new ProposalRef(
              text(a, "proposalId"), text(a, "title"), text(a, "titleEn"), text(a, "place"));
      case VISIT, MEETING, STATEMENT ->
          new Exchange(
              text(a, "level"),
              text(a, "place"),
              text(a, "person"),
              text(a, "occasion"),
              text(a, "topic"));
      case ROLE_ASSUMED, ROLE_ENDED ->
          new RoleTerms(actor(a, "for"), text(a, "role"), text(a, "title"));
      case CLAIM_PREFERRED -> new ClaimPreference(text(a, "preferred"), text(a, "reason"));
    };
  }

  private static String text(Map<String, Object> a, String name) {
    Object value = a.get(name);
    return value == null ? null : value.toString();
  }

  private static ActorCode actor(Map<String, Object> a, String name) {
    String code = text(a, name);
    return code == null ? null : ActorCode.of(code);
  }

  private static LocalizedText names(Map<String, Object> a, String name) {
    if (!(a.get(name) instanceof Map<?, ?> names)) {
      return null;
    }
    return LocalizedText.read(
        names.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .collect(
                Collectors.toMap(e -> String.valueOf(e.getKey()), e -> e.getValue().toString())));
  }

  private static List<String> list(Map<String, Object> a, String name) {
    return a.get(name) instanceof List<?> values
        ? values.stream().map(String::valueOf).toList()
        : null;
  }

  private static Map<ActorCode, List<String>> listsByActor(Map<String, Object> a, String name) {
    Map<ActorCode, List<String>> lists = new LinkedHashMap<>();
    if (a.get(name) instanceof Map<?, ?> byActor) {
      byActor.forEach(
          (actor, values) -> {
            if (values instanceof List<?> list) {
              lists.put(
                  ActorCode.of(String.valueOf(actor)), list.stream().map(String::valueOf).toList());
            }
          });
    }
    return lists;
  }

  private static BigDecimal number(Map<String, Object> a, String name) {
    Object value = a.get(name);
    return value == null ? null : new BigDecimal(value.toString());
  }

  private static int integer(Map<String, Object> a, String name) {
    return number(a, name).intValueExact();
  }

  private static PartialDate date(Map<String, Object> a, String name) {
    String text = text(a, name);
    return text == null ? null : PartialDate.parse(text);
  }
}
