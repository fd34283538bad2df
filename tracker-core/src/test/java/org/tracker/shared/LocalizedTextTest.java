package org.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.shared.LocalizedText.Problem;

class LocalizedTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-Hant", "zh-Hans", "ru", "kk-Cyrl", "en-GB", "ZH-hant", "und"})
  void anyWellFormedLanguageTagIsTakenAsWritten(String tag) {
    LocalizedText text = LocalizedText.of(Map.of(tag, "a text"));

    assertThat(text.tags()).containsExactly(tag);
    assertThat(text.problems(100)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx_YY", "", "e", "en_GB", "zh-", "123", "zh Hant"})
  void anIllFormedTagIsNamed(String tag) {
    LocalizedText text = LocalizedText.read(Map.of("en", "fine", tag, "a text"));

    assertThat(text.problems(100)).extracting(Problem::tag).containsExactly(tag);
    assertThatThrownBy(() -> LocalizedText.of(Map.of(tag, "a text")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a BCP-47 language tag");
  }

  @Test
  void atLeastOneTextIsRequiredAndNoneMayBeBlank() {
    assertThat(LocalizedText.read(Map.of()).problems(100))
        .singleElement()
        .satisfies(p -> assertThat(p.tag()).isNull());
    assertThat(LocalizedText.read(Map.of("en", "  ", "ru", "текст")).problems(100))
        .containsExactly(new Problem("en", "must be a non-blank string"));
    assertThat(LocalizedText.read(Map.of("en", "  ")).isEmpty()).isTrue();
  }

  @Test
  void aLanguageNamedTwiceUnderDifferentCaseIsRefused() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("zh-Hant", "一");
    texts.put("zh-hant", "二");

    assertThat(LocalizedText.read(texts).problems(100))
        .extracting(Problem::message)
        .containsExactly("names the same language as 'zh-Hant'");
  }

  @Test
  void aTextLongerThanTheLimitIsNamed() {
    assertThat(LocalizedText.read(Map.of("ru", "слишком")).problems(3))
        .containsExactly(new Problem("ru", "is longer than 3 characters"));
  }

  @Test
  void textsAreHeldInTagOrderWhateverOrderTheyCameIn() throws Exception {
    LocalizedText text =
        JSON.readValue(
            "{\"zh-Hans\": \"简\", \"ru\": \"р\", \"en\": \"e\", \"zh-Hant\": \"繁\"}",
            LocalizedText.class);

    assertThat(text.tags()).containsExactly("en", "ru", "zh-Hans", "zh-Hant");
    assertThat(JSON.writeValueAsString(text))
        .isEqualTo("{\"en\":\"e\",\"ru\":\"р\",\"zh-Hans\":\"简\",\"zh-Hant\":\"繁\"}");
  }

  @Test
  void aStoredTextInEnglishAndTraditionalChineseReadsAndWritesUnchanged() throws Exception {
    String stored = "{\"en\":\"China and Kazakhstan\",\"zh-Hant\":\"中國與哈薩克\"}";

    LocalizedText text = JSON.readValue(stored, LocalizedText.class);

    assertThat(text).isEqualTo(new LocalizedText("China and Kazakhstan", "中國與哈薩克"));
    assertThat(text.en()).isEqualTo("China and Kazakhstan");
    assertThat(text.zhHant()).isEqualTo("中國與哈薩克");
    assertThat(JSON.writeValueAsString(text)).isEqualTo(stored);
    assertThat(JSON.writeValueAsString(new LocalizedText(null, "只有中文")))
        .isEqualTo("{\"zh-Hant\":\"只有中文\"}");
  }

  @Test
  void aStoredContentWithSummaryAndNamesReadsAndWritesUnchanged() throws Exception {
    String stored =
        "{\"type\":\"ACTOR_REGISTERED\",\"actors\":[\"KAZ\"],\"attributes\":{\"code\":\"KAZ\","
            + "\"kind\":\"STATE\",\"name\":{\"en\":\"Kazakhstan\",\"zh-Hant\":\"哈薩克\"}},"
            + "\"summary\":{\"en\":\"Kazakhstan\",\"zh-Hant\":\"哈薩克\"},\"sources\":[]}";

    DevelopmentContent content = JSON.readValue(stored, DevelopmentContent.class);

    assertThat(content.summary()).isEqualTo(new LocalizedText("Kazakhstan", "哈薩克"));
    assertThat(JSON.writeValueAsString(content)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "asked {0}, answers {1}")
  @CsvSource({
    "zh-Hans, 简体",
    "zh-hans, 简体",
    "zh-Hant, 繁體",
    "en, English",
    "ru, English",
    "en-GB, English",
    ", English"
  })
  void theAskedLanguageAnswersElseEnglish(String asked, String answer) {
    LocalizedText text =
        LocalizedText.of(Map.of("en", "English", "zh-Hant", "繁體", "zh-Hans", "简体"));

    assertThat(text.in(asked)).isEqualTo(answer);
  }

  @ParameterizedTest(name = "asked {0}")
  @ValueSource(strings = {"zh-Hans", "zh", "zh-TW"})
  void aMissingLanguageFallsBackToTheSameLanguageUnderAnotherTag(String asked) {
    LocalizedText text = LocalizedText.of(Map.of("en", "English", "zh-Hant", "繁體"));

    assertThat(text.in(asked)).isEqualTo("繁體");
  }

  @Test
  void withoutEnglishAnyTextAnswers() {
    LocalizedText russian = LocalizedText.of(Map.of("ru", "Казахстан"));

    assertThat(russian.in("en")).isEqualTo("Казахстан");
    assertThat(russian.in("zh-Hant")).isEqualTo("Казахстан");
    assertThat(russian.en()).isNull();
    assertThat(LocalizedText.read(Map.of()).in("en")).isNull();
  }

  @Test
  void theLegacyPairKeepsItsAccessors() {
    LocalizedText pair = new LocalizedText("Strategic partnership", null);

    assertThat(pair.en()).isEqualTo("Strategic partnership");
    assertThat(pair.zhHant()).isNull();
    assertThat(pair.zhHans()).isNull();
    assertThat(pair.tags()).isEqualTo(List.of("en"));
    assertThat(pair.in("zh-Hant")).isEqualTo("Strategic partnership");
  }
}
