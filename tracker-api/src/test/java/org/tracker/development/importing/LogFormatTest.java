package org.tracker.development.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.WatchItemContent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemOpened;
import org.tracker.watch.api.WatchRule;

/** The export writes exactly what the import reads: every kind of line, both ways. */
class LogFormatTest {

  private final ObjectMapper json =
      JsonMapper.builder()
          .findAndAddModules()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();
  private final LogFormat format = new LogFormat(json);
  private final DevelopmentId id = new DevelopmentId(UUID.randomUUID());
  private final DevelopmentContent content =
      new DevelopmentContent(
          DevelopmentType.PARTNERSHIP_ESTABLISHED,
          PartialDate.parse("2013-09"),
          List.of(ActorCode.of("CHN"), ActorCode.of("TKM")),
          Map.of("level", "STRATEGIC_PARTNERSHIP", "label", "戰略夥伴關係"),
          new LocalizedText("China and Turkmenistan become strategic partners", null),
          List.of(new Citation("seed-article", "§2 ¶1", "戰略夥伴關係")));

  @Test
  void anExportedRecordingIsReadBackAsTheSameDevelopment() throws Exception {
    ImportLine line = format.read(1, format.write(new DevelopmentRecorded(id, content)));
    assertThat(line).isInstanceOf(ImportLine.Recording.class);
    var draft = ((ImportLine.Recording) line).draft();
    assertThat(draft.id()).isEqualTo(id.toString());
    assertThat(draft.type()).isEqualTo("PARTNERSHIP_ESTABLISHED");
    assertThat(draft.date()).isEqualTo("2013-09");
    assertThat(draft.actors()).containsExactly("CHN", "TKM");
    assertThat(draft.attributes()).isEqualTo(content.attributes());
    assertThat(draft.summary()).isEqualTo(content.summary());
    assertThat(draft.sources()).isEqualTo(content.sources());
  }

  @Test
  void anExportedGradedCitationIsReadBackWithItsCredibility() throws Exception {
    DevelopmentContent graded =
        new DevelopmentContent(
            content.type(),
            content.date(),
            content.actors(),
            content.attributes(),
            content.summary(),
            List.of(new Citation("seed-article", "§2 ¶1", null, 2)));

    String written = format.write(new DevelopmentRecorded(id, graded));
    ImportLine line = format.read(1, written);

    assertThat(written).contains("\"credibility\":2");
    assertThat(((ImportLine.Recording) line).draft().sources()).isEqualTo(graded.sources());
  }

  @Test
  void anExportedUngradedCitationIsWrittenAsBeforeGrades() throws Exception {
    assertThat(format.write(new DevelopmentRecorded(id, content)))
        .contains("{\"document\":\"seed-article\",\"locator\":\"§2 ¶1\",\"quote\":\"戰略夥伴關係\"}")
        .doesNotContain("credibility");
  }

  @Test
  void anExportedCorrectionIsReadBackWithItsVersionReasonAndContent() throws Exception {
    ImportLine line =
        format.read(2, format.write(new DevelopmentCorrected(id, 2, content, "day known")));
    assertThat(line).isInstanceOf(ImportLine.Correction.class);
    ImportLine.Correction correction = (ImportLine.Correction) line;
    assertThat(correction.number()).isEqualTo(2);
    assertThat(correction.correctionOf()).isEqualTo(id.toString());
    assertThat(correction.draft().version()).isEqualTo(2);
    assertThat(correction.draft().reason()).isEqualTo("day known");
    assertThat(correction.draft().date()).isEqualTo("2013-09");
  }

  @Test
  void anExportedRetractionIsReadBackWithItsReason() throws Exception {
    ImportLine line = format.read(3, format.write(new DevelopmentRetracted(id, 1, "wrong")));
    assertThat(line)
        .isEqualTo(
            new ImportLine.Retraction(
                3, id.toString(), new org.tracker.development.api.RetractionDraft("wrong")));
  }

  @Test
  void anExportedWatchItemIsReadBackUnderItsId() throws Exception {
    WatchItemContent item =
        new WatchItemContent(
            new LocalizedText("Is the bank set up?", null),
            List.of("SCO"),
            new LocalizedText("It is", null),
            new WatchRule(
                List.of(DevelopmentType.PROPOSAL_REALISED), List.of(), List.of(), Map.of()),
            PartialDate.parse("2014-12"),
            List.of());
    ImportLine line =
        format.read(
            4,
            format.write(
                new WatchItemOpened(WatchItemId.of("sco-bank"), item, PartialDate.parse("2013"))));
    assertThat(line).isInstanceOf(ImportLine.WatchItemOpening.class);
    var draft = ((ImportLine.WatchItemOpening) line).draft();
    assertThat(draft.id()).isEqualTo("sco-bank");
    assertThat(draft.question()).isEqualTo(item.question());
    assertThat(draft.reviewBy()).isEqualTo("2014-12");
    assertThat(draft.on()).isEqualTo("2013");
  }

  @Test
  void aLineThatIsNotJsonIsNamedAsSuch() {
    assertThatThrownBy(() -> format.read(5, "{not json"))
        .isInstanceOf(InvalidDevelopment.class)
        .satisfies(
            e ->
                assertThat(((InvalidDevelopment) e).violations().get(0).message())
                    .isEqualTo("is not valid JSON"));
  }

  @Test
  void whatIsNotPartOfTheLogIsNotWritten() throws Exception {
    assertThat(format.write("something else")).isNull();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "a line {0} is refused: it must be an object")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"null", "123", "\"text\"", "true", "[1]", "[]", "[\"correctionOf\"]"})
  void aLineThatIsJsonButNotAnObjectIsRefusedAsSuch(String text) {
    assertThatThrownBy(() -> format.read(3, text))
        .isInstanceOfSatisfying(
            InvalidDevelopment.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + " " + v.message())
                    .containsExactly("line must be a JSON object"));
  }
}
