package org.tracker.development;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tracker.development.api.AttributeKind;
import org.tracker.development.api.AttributeSpec;
import org.tracker.development.api.DevelopmentType;
import org.tracker.testing.Api;
import org.tracker.testing.Fixtures;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Every development type: a valid example is recorded, and each required attribute missing or wrong
 * is a 400 naming it, with nothing written. Examples are generated from the vocabulary, so a new
 * type is covered as soon as it exists.
 */
@TrackerIntegrationTest
class VocabularyIT {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api api;
  Fixtures fixtures;
  String source;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    fixtures = new Fixtures(api);
    source = fixtures.document();
  }

  @ParameterizedTest
  @EnumSource(DevelopmentType.class)
  void aValidExampleOfEveryTypeIsRecorded(DevelopmentType type) {
    ObjectNode example = example(type);

    Api.Response response = api.post("/api/developments", example.toString());

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(response.json().path("type").asText()).isEqualTo(type.name());
    assertThat(api.post("/api/developments", example.toString()).status())
        .as("the same id and body again records once")
        .isEqualTo(200);
  }

  static Stream<Arguments> requiredAttributes() {
    return Arrays.stream(DevelopmentType.values())
        .flatMap(
            type ->
                type.attributes().stream()
                    .filter(AttributeSpec::required)
                    .map(spec -> Arguments.of(type, spec.name())));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredAttributes")
  void aMissingRequiredAttributeIsNamedAndNothingIsWritten(DevelopmentType type, String name) {
    ObjectNode example = example(type);
    ((ObjectNode) example.get("attributes")).remove(name);
    long before = events();

    Api.Response response = api.post("/api/developments", example.toString());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .containsExactly("attributes." + name);
    assertThat(events()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} with a wrong {1}")
  @MethodSource("requiredAttributes")
  void aWrongRequiredAttributeIsNamedAndNothingIsWritten(DevelopmentType type, String name) {
    ObjectNode example = example(type);
    AttributeSpec spec = type.attribute(name).orElseThrow();
    ((ObjectNode) example.get("attributes")).set(name, wrong(spec));
    long before = events();

    Api.Response response = api.post("/api/developments", example.toString());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .contains("attributes." + name);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(events()).isEqualTo(before);
  }

  static Stream<DevelopmentType> typesWithAnActorCount() {
    return Arrays.stream(DevelopmentType.values())
        .filter(t -> !t.isRegistration())
        .filter(t -> t.minActors() > 0 || t.maxActors() < Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @MethodSource("typesWithAnActorCount")
  void tooFewOrTooManyActorsAreNamed(DevelopmentType type) {
    ObjectNode example = example(type);
    ArrayNode actors = (ArrayNode) example.get("actors");
    if (type.minActors() > 0) {
      actors.remove(0);
    } else {
      actors.add(fixtures.actor());
    }

    Api.Response response = api.post("/api/developments", example.toString());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field")).contains("actors");
  }

  @org.junit.jupiter.api.Test
  void aSummaryInAnyLanguageIsRecordedUnderItsTagAsWritten() {
    ObjectNode example = example(DevelopmentType.STATEMENT);
    example.putObject("summary").put("zh-Hans", "一个例子").put("ru", "Пример");

    Api.Response response = api.post("/api/developments", example.toString());

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(response.json().path("summary").toString())
        .isEqualTo("{\"ru\":\"Пример\",\"zh-Hans\":\"一个例子\"}");
  }

  @org.junit.jupiter.api.Test
  void aSummaryUnderAnIllFormedLanguageTagIsRefusedNamingTheTag() {
    ObjectNode example = example(DevelopmentType.STATEMENT);
    ((ObjectNode) example.get("summary")).put("xx_YY", "not a tag");
    long before = events();

    Api.Response response = api.post("/api/developments", example.toString());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.json().path("errors").findValuesAsText("field"))
        .containsExactly("summary.xx_YY");
    assertThat(events()).isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  void anActorNamedInOneLanguageOnlyIsListedUnderThatNameInEither() {
    String code = Fixtures.freshCode();
    Api.Response registered =
        api.post(
            "/api/developments",
            """
            {"type": "ACTOR_REGISTERED",
             "attributes": {"code": "%s", "kind": "ORGANIZATION",
                            "name": {"ru": "Шанхайская организация"}}}"""
                .formatted(code));

    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    com.fasterxml.jackson.databind.JsonNode actor = api.get("/api/actors/" + code).json();
    assertThat(actor.at("/name/en").asText()).isEqualTo("Шанхайская организация");
    assertThat(actor.at("/name/zh-Hant").asText()).isEqualTo("Шанхайская организация");
  }

  private ObjectNode example(DevelopmentType type) {
    ObjectNode body = JSON.objectNode();
    body.put("id", UUID.randomUUID().toString());
    body.put("type", type.name());
    ObjectNode attributes = body.putObject("attributes");
    for (AttributeSpec spec : type.attributes()) {
      attributes.set(spec.name(), valid(spec));
    }
    if (type == DevelopmentType.ACTOR_REGISTERED) {
      attributes.put("kind", "ORGANIZATION");
      return body;
    }
    if (type == DevelopmentType.DOCUMENT_REGISTERED
        || type == DevelopmentType.PARTNERSHIP_LEVEL_REGISTERED) {
      return body;
    }
    if (type.isDated()) {
      body.put("date", "2013-09");
    }
    ArrayNode actors = body.putArray("actors");
    for (int i = 0; i < Math.max(type.minActors(), 1) && i < type.maxActors(); i++) {
      // a role is held by a person
      actors.add(
          DevelopmentType.role().contains(type) ? fixtures.actor("PERSON") : fixtures.actor());
    }
    for (AttributeSpec spec : type.attributes()) {
      if (spec.kind() == AttributeKind.CHOICES_BY_ACTOR) {
        attributes
            .putObject(spec.name())
            .putArray(actors.get(0).asText())
            .add(spec.allowed().get(0));
      }
    }
    body.putObject("summary").put("en", "An example").put("zh-Hant", "一個例子");
    body.putArray("sources")
        .addObject()
        .put("document", source)
        .put("locator", "§1 ¶1")
        .put("quote", "例子");
    return body;
  }

  private com.fasterxml.jackson.databind.JsonNode valid(AttributeSpec spec) {
    return switch (spec.kind()) {
      case TEXT -> JSON.textNode("text");
      case CHOICE -> JSON.textNode(spec.allowed().get(0));
      case CHOICES -> JSON.arrayNode().add(spec.allowed().get(0));
      case CHOICES_BY_ACTOR -> JSON.objectNode(); // by the development's first actor, see example
      case LEVEL -> JSON.textNode("STRATEGIC_PARTNERSHIP");
      case NEW_LEVEL ->
          JSON.textNode("RUNG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
      case RANK -> JSON.numberNode(1_000 + new java.util.Random().nextInt(1_000_000_000));
      case ACTOR -> JSON.textNode(fixtures.actor());
      case NEW_ACTOR -> JSON.textNode(Fixtures.freshCode());
      case REF -> JSON.textNode("ref-" + UUID.randomUUID().toString().substring(0, 8));
      case DATE -> JSON.textNode("2013-09");
      case NUMBER -> JSON.numberNode(new java.math.BigDecimal("55.5"));
      case BOOLEAN -> JSON.booleanNode(true);
      case NAMES -> JSON.objectNode().put("en", "Name").put("zh-Hant", "名稱");
      case URL -> JSON.textNode("https://example.org/source");
      case DEVELOPMENT -> JSON.textNode(recorded());
    };
  }

  private static com.fasterxml.jackson.databind.JsonNode wrong(AttributeSpec spec) {
    return switch (spec.kind()) {
      case TEXT -> JSON.textNode("   ");
      case CHOICE -> JSON.textNode("NOT_A_CHOICE");
      case CHOICES -> JSON.arrayNode().add("NOT_A_CHOICE");
      case CHOICES_BY_ACTOR -> JSON.arrayNode().add(spec.allowed().get(0)); // not by actor
      case LEVEL -> JSON.textNode("BEST_FRIENDS");
      case NEW_LEVEL -> JSON.textNode("STRATEGIC_PARTNERSHIP");
      case RANK -> JSON.numberNode(20);
      case ACTOR -> JSON.textNode("NOBODY-9");
      case NEW_ACTOR -> JSON.textNode("not a code");
      case REF -> JSON.textNode("Not A Ref!");
      case DATE -> JSON.textNode("2013-02-30");
      case NUMBER -> JSON.textNode("many");
      case BOOLEAN -> JSON.textNode("yes");
      case NAMES -> JSON.objectNode(); // at least one name is required
      case URL -> JSON.textNode("ftp://example.org");
      case DEVELOPMENT -> JSON.textNode(UUID.randomUUID().toString()); // recorded nowhere
    };
  }

  /** The id of a development just recorded (what an analyst's choice may name). */
  private String recorded() {
    Api.Response response =
        api.post("/api/developments", example(DevelopmentType.STATEMENT).toString());
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private long events() {
    return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
  }
}
