package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracker.development.api.Citation;
import org.tracker.development.api.Citations;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.DocumentRegistration;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.References;
import org.tracker.development.api.SourceView;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.FieldViolation;

/** Documents graded A–F for reliability, citations 1–6 for credibility (the Admiralty scale). */
class SourceGradesTest {

  private static final References SEED =
      new References() {
        @Override
        public boolean actorExists(ActorCode code) {
          return false;
        }

        @Override
        public Optional<ActorKind> actorKind(ActorCode code) {
          return Optional.empty();
        }

        @Override
        public boolean documentExists(String documentId) {
          return documentId.equals("seed");
        }
      };

  @ParameterizedTest(name = "credibility {0} is kept")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void aCitationMayBeGradedOneToSix(int grade) {
    List<FieldViolation> violations = new ArrayList<>();

    List<Citation> kept =
        Citations.check(List.of(new Citation("seed", "§1", null, grade)), true, SEED, violations);

    assertThat(violations).isEmpty();
    assertThat(kept.get(0).credibility()).isEqualTo(grade);
  }

  @ParameterizedTest(name = "credibility {0} is refused, naming the field")
  @ValueSource(ints = {0, 7, -1, 42})
  void aCredibilityOutsideOneToSixIsNamedByItsField(int grade) {
    List<FieldViolation> violations = new ArrayList<>();

    Citations.check(
        List.of(new Citation("seed", "§1", null), new Citation("seed", "§2", null, grade)),
        true,
        SEED,
        violations);

    assertThat(violations)
        .extracting(FieldViolation::field)
        .containsExactly("sources[1].credibility");
  }

  @Test
  void anUngradedCitationStaysUngraded() {
    List<FieldViolation> violations = new ArrayList<>();

    List<Citation> kept =
        Citations.check(List.of(new Citation("seed", "§1", "q")), true, SEED, violations);

    assertThat(violations).isEmpty();
    assertThat(kept).containsExactly(new Citation("seed", "§1", "q", null));
  }

  @Test
  void aDocumentMayBeRegisteredWithAReliabilityAToF() {
    DevelopmentValidator.Valid valid =
        DevelopmentValidator.validate(document("B"), SEED, UUID.randomUUID());

    assertThat(valid.content().as(DocumentRegistration.class).reliability()).isEqualTo("B");
  }

  @ParameterizedTest(name = "reliability ''{0}'' is refused as attributes.reliability")
  @ValueSource(strings = {"G", "a", "A1", ""})
  void aReliabilityOutsideAToFIsNamedByItsField(String grade) {
    try {
      DevelopmentValidator.validate(document(grade), SEED, UUID.randomUUID());
      throw new AssertionError("expected the registration to be refused");
    } catch (InvalidDevelopment e) {
      assertThat(e.violations())
          .extracting(FieldViolation::field)
          .containsExactly("attributes.reliability");
    }
  }

  @Test
  void registeringAgainWithAReliabilityAddedIsACorrection() {
    DevelopmentContent registered =
        content(Map.of("documentId", "d", "title", "T", "language", "en"));
    DevelopmentContent graded =
        content(Map.of("documentId", "d", "title", "T", "language", "en", "reliability", "A"));

    Registrations.Comparison comparison = Registrations.compare(registered, graded);

    assertThat(comparison).isInstanceOf(Registrations.Adds.class);
    assertThat(((Registrations.Adds) comparison).added()).containsExactly("attributes.reliability");
    assertThat(((Registrations.Adds) comparison).merged().attributes())
        .containsEntry("reliability", "A");
  }

  @Test
  void registeringAgainWithAnotherReliabilityContradictsTheRegistration() {
    DevelopmentContent registered =
        content(Map.of("documentId", "d", "title", "T", "language", "en", "reliability", "B"));
    DevelopmentContent regraded =
        content(Map.of("documentId", "d", "title", "T", "language", "en", "reliability", "A"));

    assertThat(Registrations.compare(registered, regraded))
        .isInstanceOf(Registrations.Contradicts.class);
  }

  @Test
  void aCitationRecordedBeforeGradesReadsAndWritesAsItWas() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String old = "{\"document\":\"seed\",\"locator\":\"§1\",\"quote\":\"戰略夥伴\"}";

    Citation citation = json.readValue(old, Citation.class);

    assertThat(citation).isEqualTo(new Citation("seed", "§1", "戰略夥伴"));
    assertThat(citation.credibility()).isNull();
    assertThat(json.writeValueAsString(citation)).isEqualTo(old);
  }

  @Test
  void eachSourceIsShownWithItsDocumentsReliabilityAndItsOwnCredibility() {
    List<SourceView> shown =
        SourceView.of(
            List.of(new Citation("seed", "§1", null, 2), new Citation("other", "p. 3", null)),
            Map.of("seed", "A"));

    assertThat(shown)
        .containsExactly(
            new SourceView("seed", "§1", null, 2, "A"),
            new SourceView("other", "p. 3", null, null, null));
  }

  private static DevelopmentDraft document(String reliability) {
    return new DevelopmentDraft(
        null,
        "DOCUMENT_REGISTERED",
        null,
        List.of(),
        Map.of(
            "documentId",
            "graded",
            "title",
            "A source",
            "language",
            "en",
            "reliability",
            reliability),
        null,
        List.of());
  }

  private static DevelopmentContent content(Map<String, Object> attributes) {
    return new DevelopmentContent(
        DevelopmentType.DOCUMENT_REGISTERED, null, List.of(), attributes, null, List.of());
  }
}
