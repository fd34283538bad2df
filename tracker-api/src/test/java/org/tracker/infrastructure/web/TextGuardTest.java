package org.tracker.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.tracker.shared.FieldViolation;

/** JSON text is taken only as text, and only as Unicode; what is refused is named, not echoed. */
class TextGuardTest {

  record Body(String date, Map<String, String> summary, List<String> actors) {}

  private final ObjectMapper json = json();

  private static ObjectMapper json() {
    Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
    new TextGuard().onlyUnicodeTextInJsonStrings().customize(builder);
    return builder.build();
  }

  private FieldViolation refusal(String body) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> json.readValue(body, Body.class)).satisfies(e -> thrown[0] = e);
    return JsonErrors.describe(thrown[0]);
  }

  @ParameterizedTest(name = "{0} is refused: {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"date\":2013}                | date       | wrong type: expected a string",
        "{\"date\":20.13}               | date       | wrong type: expected a string",
        "{\"date\":true}                | date       | wrong type: expected a string",
        "{\"summary\":{\"en\":1}}       | summary.en | wrong type: expected a string",
        "{\"actors\":[\"CHN\",7]}       | actors[1]  | wrong type: expected a string",
        "{\"date\":\"bad \\ud800\"}     | date       | text must be Unicode: half of a surrogate"
            + " pair alone at character 4",
        "{\"summary\":{\"en\":\"\\udc00\"}} | summary.en | text must be Unicode: half of a"
            + " surrogate pair alone at character 0",
        "{\"date\":\"a\\u0000b\"}       | date       | text must not contain the NUL character"
            + " (\\u0000)"
      })
  void textThatIsNotTextOrNotUnicodeIsRefusedNamingTheField(
      String body, String field, String message) {
    assertThat(refusal(body)).isEqualTo(new FieldViolation(field, message));
  }

  @ParameterizedTest(name = "{0} is read as it is")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"date\":\"2013\",\"summary\":{\"en\":\"戰略 😀 \\ud83d\\ude00\"},\"actors\":[\"CHN\"]}"
      })
  void textInEveryScriptAndOutsideTheBasicPlaneIsRead(String body) throws Exception {
    Body read = json.readValue(body, Body.class);

    assertThat(read.date()).isEqualTo("2013");
    assertThat(read.summary().get("en")).isEqualTo("戰略 😀 😀");
  }
}
