package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;

/**
 * The dashboard in a real headless Chromium against a freshly seeded Tracker: the board, the time
 * control, live updates, the capture form and every view's screenshot (target/screenshots, and
 * docs/screenshots when run with {@code -Ddashboard.screenshots=../docs/screenshots}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

  private static final List<String> CENTRAL_ASIA = List.of("KAZ", "KGZ", "TJK", "TKM", "UZB");

  static SecondApp app;
  static WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void start() {
    browser = Browser.chromium();
    app = SeededApp.start();
    signIn("admin");
  }

  /** Signs in through the login page, as a person would (the session then lasts the class). */
  static void signIn(String user) {
    Browser.signIn(browser, app.baseUrl(), user);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void waits() {
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !attribute("body", "data-rendered").isEmpty());
  }

  private String attribute(String selector, String name) {
    return Browser.attribute(browser, selector, name);
  }

  /** The board's partners and their ladder levels, read in one step (views redraw at any time). */
  private Map<String, String> levels() {
    Map<String, String> levels = new TreeMap<>();
    Object rows =
        Browser.script(
            browser,
            "return [...document.querySelectorAll('#board tr[data-partner]')]"
                + ".map(r => [r.dataset.partner, r.dataset.level]);");
    for (Object row : (List<?>) rows) {
      List<?> pair = (List<?>) row;
      levels.put(pair.get(0).toString(), pair.get(1).toString());
    }
    return levels;
  }

  /** Moves the asOf handle as a user's drag would end: the range's value, then its input event. */
  private void dragAsOfTo(LocalDate day) {
    Browser.script(
        browser,
        "const r = document.getElementById('asof-range');"
            + " r.value = String(arguments[0]); r.dispatchEvent(new Event('input'));",
        day.toEpochDay());
  }

  @Test
  void theBoardShowsChinasStrategicPartnershipsWithTheFiveCentralAsianStates() {
    open("/board?actor=CHN");

    Map<String, String> levels = levels();
    for (String state : CENTRAL_ASIA) {
      assertThat(levels).containsEntry(state, "STRATEGIC_PARTNERSHIP");
    }
    assertThat(browser.findElement(By.cssSelector("#board tr[data-partner=TKM]")).getText())
        .contains("Turkmenistan")
        .contains("2013-09");
  }

  @Test
  void movingAsOfBeforeSeptember2013TakesTurkmenistansPartnershipAwayAndTheUrlKeepsIt() {
    open("/board?actor=CHN");
    assertThat(levels()).containsEntry("TKM", "STRATEGIC_PARTNERSHIP");

    dragAsOfTo(LocalDate.of(2013, 8, 31));

    wait.until(d -> !"STRATEGIC_PARTNERSHIP".equals(levels().getOrDefault("TKM", "NONE")));
    assertThat(levels())
        .containsEntry("KAZ", "STRATEGIC_PARTNERSHIP") // 2005
        .containsEntry("UZB", "STRATEGIC_PARTNERSHIP") // 2012-06
        .containsEntry("TJK", "STRATEGIC_PARTNERSHIP"); // 2013-05
    assertThat(levels().getOrDefault("TKM", "NONE")).isEqualTo("NONE");
    assertThat(browser.getCurrentUrl()).contains("asOf=2013-08-31");
    assertThat(browser.findElement(By.id("asof-date")).getAttribute("value"))
        .isEqualTo("2013-08-31");

    // the shared address opens the same view
    open("/board?actor=CHN&asOf=2013-08-31");
    assertThat(levels().getOrDefault("TKM", "NONE")).isEqualTo("NONE");
    dragAsOfTo(LocalDate.of(2013, 10, 1));
    wait.until(d -> "STRATEGIC_PARTNERSHIP".equals(levels().get("TKM")));
  }

  @Test
  void aRetractedDevelopmentIsBackWhenKnownAtIsBeforeItsRetraction() throws Exception {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String id = Fixtures.freshId();
    assertThat(
            api.post(
                    "/api/developments",
                    Fixtures.partnership(
                        id, a, b, "PARTNERSHIP", "夥伴關係", "2010", fixtures.document()))
                .status())
        .isEqualTo(201);
    Instant beforeRetraction = Instant.now();
    assertThat(
            api.post("/api/developments/" + id + "/retraction", "{\"reason\": \"wrong source\"}")
                .status())
        .isEqualTo(201);
    SeededApp.awaitProjections(app);

    open("/relationships/" + a + "/" + b);
    assertThat(attribute("#partnership", "data-level")).isEqualTo("NONE");

    open("/relationships/" + a + "/" + b + "?knownAt=" + beforeRetraction);
    assertThat(attribute("#partnership", "data-level")).isEqualTo("PARTNERSHIP");
    browser.findElement(By.id("knownat-now")).click();
    wait.until(d -> "NONE".equals(attribute("#partnership", "data-level")));
  }

  @Test
  void aDevelopmentRecordedThroughTheFormAppearsOnTheOpenTimelineWithoutAReload() {
    String summary = "Form visit " + UUID.randomUUID().toString().substring(0, 8);
    open("/timeline?actor=TKM");
    String timeline = browser.getWindowHandle();
    Browser.script(browser, "window.__sameDocument = 'yes';");
    assertThat(browser.findElement(By.id("main")).getText()).doesNotContain(summary);

    browser.switchTo().newWindow(WindowType.TAB);
    open("/capture");
    new Select(browser.findElement(By.id("type"))).selectByValue("VISIT");
    browser.findElement(By.id("date")).sendKeys("2013-10-02");
    Select actors = new Select(browser.findElement(By.id("actors")));
    actors.selectByValue("TKM"); // the visitor first: the order picked is the order recorded
    actors.selectByValue("CHN");
    assertThat(browser.findElement(By.id("actors-order")).getText())
        .isEqualTo("Turkmenistan → China");
    new Select(browser.findElement(By.id("attributes.level"))).selectByValue("STATE");
    browser.findElement(By.id("summary.en")).sendKeys(summary);
    new Select(browser.findElement(By.id("sources[0].document"))).selectByIndex(1);
    browser.findElement(By.id("sources[0].locator")).sendKeys("p. 1");
    browser.findElement(By.id("capture-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded-id")));
    String id = browser.findElement(By.id("recorded-id")).getText();
    JsonNode recorded = app.api().get("/api/developments/" + id).json();
    assertThat(recorded.toString()).contains("\"actors\":[\"TKM\",\"CHN\"]");

    browser.switchTo().window(timeline);
    wait.until(d -> browser.findElement(By.id("main")).getText().contains(summary));
    assertThat(Browser.script(browser, "return window.__sameDocument;")).isEqualTo("yes");
    browser.switchTo().newWindow(WindowType.TAB); // leave the capture tab's state behind
  }

  @Test
  void theFormShowsTheApisOwnMessageNextToEachBadField() {
    open("/capture");
    new Select(browser.findElement(By.id("type"))).selectByValue("VISIT");
    browser.findElement(By.id("date")).sendKeys("2013-02-30");
    browser.findElement(By.id("capture-submit")).click();
    By dateError = By.cssSelector(".field[data-field='date'] .error");
    wait.until(d -> !browser.findElement(dateError).getText().isBlank());

    JsonNode refused =
        app.api()
            .post(
                "/api/developments",
                "{\"type\": \"VISIT\", \"attributes\": {}, \"date\": \"2013-02-30\", \"actors\": []}")
            .json();
    String apiMessage = null;
    for (JsonNode error : refused.path("errors")) {
      if (error.path("field").asText().equals("date")) {
        apiMessage = error.path("message").asText();
      }
    }
    assertThat(apiMessage).isNotBlank();
    assertThat(browser.findElement(dateError).getText()).isEqualTo(apiMessage);
    assertThat(browser.findElement(By.cssSelector(".field[data-field='actors'] .error")).getText())
        .isNotBlank();
  }

  @Test
  void aWatchItemOpenedElsewhereAppearsOnTheOpenWatchBoard() {
    open("/watch");
    Browser.script(browser, "window.__sameDocument = 'yes';");
    String id = "watch-" + UUID.randomUUID().toString().substring(0, 8);
    String question = "Will the board update by itself " + id + "?";
    Api.Response opened =
        app.api()
            .post(
                "/api/watch-items",
                """
                {"id": "%s", "question": {"en": "%s"}, "subjects": ["CHN", "TKM"],
                 "resolvesWhen": {"en": "it does"}, "rule": {"types": ["VISIT"], "actors": ["TKM"]},
                 "reviewBy": "2030", "sources": [{"document": "hung-2013-xi-central-asia",
                 "locator": "§3 ¶9"}]}"""
                    .formatted(id, question));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);

    String card = "[data-column='open'] [data-id='" + id + "']";
    wait.until(d -> text(card).contains(question)); // read in one step: the board redraws live
    assertThat(Browser.script(browser, "return window.__sameDocument;")).isEqualTo("yes");
  }

  @Test
  void theWatchBoardAnswersForItsDayAnItemOpenOnOneDayIsResolvedOnALaterOne() {
    String id = "watch-" + UUID.randomUUID().toString().substring(0, 8);
    String question = "Is line D built " + id + "?";
    Api api = app.api();
    Api.Response opened =
        api.post(
            "/api/watch-items",
            """
            {"id": "%s", "question": {"en": "%s"}, "subjects": ["CHN", "TKM"],
             "resolvesWhen": {"en": "it is"}, "rule": {"types": ["VISIT"], "actors": ["TKM"]},
             "reviewBy": "2015-12", "on": "2014-03", "sources": [{"document":
             "hung-2013-xi-central-asia", "locator": "§1 ¶6"}]}"""
                .formatted(id, question));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    Api.Response resolved =
        api.post(
            "/api/watch-items/" + id + "/resolution",
            "{\"outcome\": \"HAPPENED\", \"reason\": \"built\", \"on\": \"2015-06-01\"}");
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    SeededApp.awaitProjections(app);
    String open = "[data-column='open'] [data-id='" + id + "']";
    String closed = "[data-column='closed'] [data-id='" + id + "']";
    Browser.faults(browser); // what earlier pages wrote does not count

    open("/watch?asOf=2014-06-01");
    assertThat(text("#watch-day")).isEqualTo("As of 2014-06-01");
    assertThat(text(open))
        .contains(question)
        .contains("opened 2014-03")
        .contains("review by 2015-12");
    assertThat(text(closed)).isEmpty();

    dragAsOfTo(LocalDate.of(2016, 1, 1));
    wait.until(d -> text(closed).contains("resolved 2015-06-01"));
    assertThat(text("#watch-day")).isEqualTo("As of 2016-01-01");
    assertThat(text(closed)).contains(question).contains("happened");
    assertThat(text(open)).isEmpty();
    assertThat(browser.getCurrentUrl()).contains("asOf=2016-01-01");

    open("/watch?asOf=2016-01-01&lang=zh-Hant");
    assertThat(text("#watch-day")).isEqualTo("截至 2016-01-01");
    assertThat(text(closed)).contains("解決於 2015-06-01").contains("已發生");
    assertThat(text("main")).doesNotContain("[object ");
    assertThat(browser.findElement(By.id("status")).getAttribute("class")).doesNotContain("error");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void aDelayedLineShowsItsOldForecastAsMovedAndItsNewOneOverdueOnceItsDatePasses() {
    String id = "line-" + UUID.randomUUID().toString().substring(0, 8);
    String cite =
        "\"sources\": [{\"document\": \"hung-2013-xi-central-asia\", \"locator\": \"§1\"}]";
    Api api = app.api();
    for (String body :
        List.of(
            "{\"type\": \"PROJECT_DEFINED\", \"date\": \"2013-09\", \"actors\": [\"CHN\"],"
                + " \"attributes\": {\"projectId\": \"%1$s\", \"name\": {\"en\": \"Line %1$s\"}},"
                + " \"summary\": {\"en\": \"defined\"}, %2$s}",
            "{\"type\": \"PROJECT_MILESTONE\", \"date\": \"2013-09\", \"actors\": [],"
                + " \"attributes\": {\"projectId\": \"%1$s\", \"milestone\": \"COMPLETED\","
                + " \"status\": \"PLANNED\", \"expected\": \"2016\"},"
                + " \"summary\": {\"en\": \"planned\"}, %2$s}",
            "{\"type\": \"PROJECT_MILESTONE\", \"date\": \"2016-03\", \"actors\": [],"
                + " \"attributes\": {\"projectId\": \"%1$s\", \"milestone\": \"DELAYED\","
                + " \"status\": \"ACTUAL\", \"delays\": \"COMPLETED\", \"expected\": \"2020\"},"
                + " \"summary\": {\"en\": \"delayed\"}, %2$s}")) {
      Api.Response recorded = api.post("/api/developments", body.formatted(id, cite));
      assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    }
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages wrote does not count

    open("/projects/" + id + "?asOf=2017-01-01");

    assertThat(marks())
        .containsExactly(
            "COMPLETED planned moved: completed · planned 2016 · moved by a later forecast",
            "DELAYED planned: delayed → completed 2020 (2016-03)");
    assertThat(text(".legend")).contains("moved by a later forecast");

    open("/projects/" + id + "?asOf=2021-01-01");

    assertThat(marks())
        .containsExactly(
            "COMPLETED planned moved: completed · planned 2016 · moved by a later forecast",
            "DELAYED planned overdue: delayed → completed 2020 (2016-03) · overdue");
    assertThat(text("main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  /** The milestone chart's marks as a person reads them: milestone, kind of mark, its title. */
  private List<String> marks() {
    Object marks =
        Browser.script(
            browser,
            "return [...document.querySelectorAll('#milestones circle.mark')].map(c =>"
                + " c.dataset.milestone + ' ' + c.getAttribute('class').replace('mark ', '')"
                + " + ': ' + c.querySelector('title').textContent);");
    return ((List<?>) marks).stream().map(Object::toString).toList();
  }

  @Test
  void theImportPageNamesEveryBadLineOfARefusedFile() throws Exception {
    Path file = Files.createTempFile("bad", ".ndjson");
    Files.writeString(
        file,
        """
        {"type": "VISIT", "date": "2013-09", "actors": ["CHN", "TKM"], "attributes": {}}
        {not json
        {"type": "VISIT", "date": "2013-02-30", "actors": ["CHN", "TKM"], "attributes": {}}
        """);
    open("/import");
    browser.findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(file.toString());
    browser.findElement(By.id("import-submit")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
    String errors = browser.findElement(By.id("import-errors")).getText();
    assertThat(errors).contains("date");
    assertThat(
            browser.findElements(By.cssSelector("#import-errors tbody tr")).stream()
                .map(r -> r.findElement(By.tagName("td")).getText())
                .distinct())
        .contains("2", "3");
    assertThat(browser.findElement(By.id("import-phase")).getText())
        .isEqualTo("Refused: nothing was imported");
  }

  @Test
  void aWriteWithTheSessionCookieButWithoutTheCsrfTokenIsRefused() {
    open("/capture");
    Object status =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch('/api/developments', {method: 'POST',"
                    + " headers: {'Content-Type': 'application/json'}, body: '{}'})"
                    + ".then(r => done(r.status));");
    assertThat(status).isEqualTo(403L);
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }

  /**
   * The user's other dashboards hold every live connection it may have: the watch board says, in
   * each language, that it is not live, and becomes live by itself once one is free.
   */
  @Test
  void aBoardRefusedItsLiveStreamSaysItIsNotLiveAndBecomesLiveAgainOnItsOwn() throws Exception {
    open("/capture"); // a page without a live stream
    HttpClient http = HttpClient.newHttpClient();
    List<InputStream> elsewhere = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) { // tracker.security.limits.streams-per-user
        HttpResponse<InputStream> stream =
            http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/stream"))
                    .header("Authorization", Api.basic("admin"))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        elsewhere.add(stream.body());
      }
      open("/watch");
      wait.until(d -> text("#live").equals("Not live: updates paused, reconnecting…"));
      browser.findElement(By.id("lang-zh")).click();
      wait.until(d -> text("#live").equals("未即時更新：已暫停，正在重新連線…"));
      browser.findElement(By.id("lang-zh-hans")).click();
      wait.until(d -> text("#live").equals("未实时更新：已暂停，正在重新连接…"));
      browser.findElement(By.id("lang-en")).click();
      wait.until(d -> text("#live").equals("Not live: updates paused, reconnecting…"));
    } finally {
      for (InputStream stream : elsewhere) {
        stream.close(); // those dashboards are closed
      }
    }
    new WebDriverWait(browser, Duration.ofSeconds(45)).until(d -> text("#live").equals("Live"));
    assertThat(attribute("#live", "class")).isEqualTo("live-state on");
  }

  @Test
  void theLanguageToggleShowsNamesAndLabelsInTraditionalChinese() {
    open("/board?actor=CHN");
    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> browser.getCurrentUrl().contains("lang=zh-Hant"));
    wait.until(d -> text("#board tr[data-partner=KAZ]").contains("哈薩克"));
    assertThat(text("#board tr[data-partner=KAZ]")).contains("戰略夥伴關係");
    browser.findElement(By.id("lang-en")).click();
    wait.until(d -> !browser.getCurrentUrl().contains("lang="));
  }

  /**
   * One page load (a relationship page holds one of the user's few live connections), then the
   * language buttons: what a person reads of the organisations China and Kazakhstan share.
   */
  @Test
  void theRelationshipPageShowsTheOrganisationsBothAreMembersOfInEachLanguage() {
    Browser.faults(browser); // what earlier pages logged is theirs
    open("/relationships/CHN/KAZ?asOf=2014-01-01");
    wait.until(d -> text("#shared-memberships").contains("Shanghai Cooperation Organisation"));
    assertThat(text("#shared-memberships"))
        .contains("Shared memberships")
        .contains("China: full member since 2001")
        .contains("Kazakhstan: full member since 2001");

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#shared-memberships").contains("共同參與的組織"));
    assertThat(text("#shared-memberships"))
        .contains("上海合作組織")
        .contains("中國大陸: 正式成員 始於 2001")
        .contains("哈薩克: 正式成員 始於 2001");

    browser.findElement(By.id("lang-zh-hans")).click();
    wait.until(d -> text("#shared-memberships").contains("共同参与的组织"));
    assertThat(text("#shared-memberships")).contains("上海合作組織").contains("中國大陸: 正式成员 始于 2001");
    assertThat(text("#main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
    browser.findElement(By.id("lang-en")).click();
  }

  /** A reaffirmation is listed under the partnership, whose date stays the level's first. */
  @Test
  void theRelationshipPageShowsAReaffirmationBesideTheLevelsFirstDateInEachLanguage() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String source = fixtures.document();
    String established =
        Fixtures.partnership(
            Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", source);
    String reaffirmed =
        Fixtures.partnership(
                Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2019-06", source)
            .replace("PARTNERSHIP_ESTABLISHED", "PARTNERSHIP_REAFFIRMED");
    assertThat(api.post("/api/developments", established).status()).isEqualTo(201);
    assertThat(api.post("/api/developments", reaffirmed).status()).isEqualTo(201);
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/relationships/" + a + "/" + b + "?asOf=2020-01-01");
    wait.withMessage(() -> text("#main"))
        .until(d -> text("#partnership").contains("reaffirmed 2019-06"));
    assertThat(text("#partnership")).contains("戰略夥伴關係").contains("Since 2013-09");

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#partnership").contains("重申於 2019-06"));
    assertThat(text("#partnership")).contains("始於 2013-09");

    browser.findElement(By.id("lang-zh-hans")).click();
    wait.until(d -> text("#partnership").contains("重申于 2019-06"));
    assertThat(text("#partnership")).contains("始于 2013-09");
    assertThat(text("#main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
    browser.findElement(By.id("lang-en")).click();
  }

  @Test
  void theBoardListsStatesAsPartnersUnlessAskedForEveryKind() {
    Browser.faults(browser); // what earlier pages logged is theirs
    open("/board?actor=CHN&asOf=2013-12-31");
    assertThat(levels()).containsKeys("KAZ", "TKM").doesNotContainKeys("WANG-YI", "SCO");
    assertThat(text("#board")).doesNotContain("Wang Yi").doesNotContain("Shanghai Cooperation");

    new Select(browser.findElement(By.id("board-kind"))).selectByValue("all");

    wait.until(d -> levels().containsKey("SCO"));
    assertThat(text("#board"))
        .contains("Shanghai Cooperation Organisation")
        .doesNotContain("Wang Yi");
    assertThat(browser.getCurrentUrl()).contains("kind=all");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void aTreatySignedButNotInForceShowsBesideThoseInForceWithEachPartysRatification() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    record(
        api,
        doc,
        "AGREEMENT_SIGNED",
        "2013-09",
        a + "\", \"" + b,
        "\"agreementId\": \"gas-" + suffix + "\", \"title\": \"Gas Transit Treaty\"");
    record(api, doc, "AGREEMENT_RATIFIED", "2014-03", b, "\"agreementId\": \"gas-" + suffix + "\"");
    record(
        api,
        doc,
        "AGREEMENT_SIGNED",
        "2001",
        a + "\", \"" + b,
        "\"agreementId\": \"pact-" + suffix + "\", \"title\": \"Friendship Pact\"");
    record(
        api,
        doc,
        "AGREEMENT_ENTERED_INTO_FORCE",
        "2002",
        null,
        "\"agreementId\": \"pact-" + suffix + "\"");
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier tests left in the console is theirs

    open("/relationships/" + a + "/" + b + "?asOf=2015-01-01");

    assertThat(text("#pending"))
        .contains("Signed, not yet in force")
        .contains("Gas Transit Treaty signed 2013-09")
        .contains("Test actor " + a + ": signed 2013-09")
        .contains("Test actor " + b + ": ratified 2014-03")
        .doesNotContain("Friendship Pact");
    assertThat(text("#agreements"))
        .contains("Friendship Pact")
        .contains("Test actor " + b + ": party since 2002")
        .doesNotContain("Gas Transit Treaty");
    assertThat(Browser.faults(browser)).isEmpty();

    // the same page, redrawn (a live page opened again and again would hold one stream each)
    browser.findElement(By.id("lang-zh-hans")).click();
    wait.until(d -> text("#pending").contains("已签署、尚未生效"));
    assertThat(text("#pending")).contains("签署 2013-09", "批准 2014-03");
    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#pending").contains("已簽署、尚未生效"));
    assertThat(text("#pending")).contains("簽署 2013-09", "批准 2014-03");
    browser.findElement(By.id("lang-en")).click();
    dragAsOfTo(LocalDate.of(2001, 6, 1)); // the pact signed that year, in force the next
    wait.until(d -> text("#pending").contains("Friendship Pact"));
    assertThat(text("#pending")).doesNotContain("Gas Transit Treaty").contains("possible");
    assertThat(text("#agreements")).doesNotContain("Friendship Pact");
    assertThat(Browser.faults(browser)).isEmpty();

    open("/board?actor=" + a + "&asOf=2015-01-01&kind=all");
    assertThat(text("#board thead"))
        .containsIgnoringCase("Signed, not in force"); // shown in capitals
    assertThat(text("#board tr[data-partner='" + b + "'] td.pending"))
        .contains("Gas Transit Treaty")
        .contains("signed 2013-09")
        .contains("Test actor " + b + " ratified 2014-03");
    assertThat(text("#board tr[data-partner='" + b + "']")).contains("Friendship Pact");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  /** Records a development between the actors ("A\", \"B" for two; null for none). */
  private static void record(
      Api api, String doc, String type, String date, String actors, String attributes) {
    Api.Response response =
        api.post(
            "/api/developments",
            """
            {"type": "%s", "date": "%s", "actors": [%s], "attributes": {%s},
             "summary": {"en": "%s"}, "sources": [{"document": "%s", "locator": "p. 1"}]}"""
                .formatted(
                    type, date, actors == null ? "" : "\"" + actors + "\"", attributes, type, doc));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
  }

  @Test
  @Order(1) // before other tests add their developments to what the pictures show
  void everyViewDrawsWithoutAnErrorAnObjectAsTextOrAnAccessibilityFaultAndIsPhotographed()
      throws Exception {
    Map<String, String> views = new TreeMap<>();
    views.put("01-board", "/board?actor=CHN");
    views.put("02-board-zh-Hant", "/board?actor=CHN&lang=zh-Hant&asOf=2013-08-31");
    views.put("03-timeline", "/timeline?actor=TKM");
    views.put("04-relationship", "/relationships/CHN/TKM");
    views.put("05-organization", "/organizations/SCO?asOf=2013-09-30");
    views.put("06-projects", "/projects");
    views.put("07-project", "/projects/central-asia-china-gas-pipeline?asOf=2015-06-01");
    views.put("08-watch", "/watch");
    views.put("09-capture", "/capture");
    views.put("10-import", "/import");
    views.put("11-agreement", "/agreements/chn-tkm-2013-line-d-agreement?asOf=2014-06-01");
    views.put("12-watch-item", "/watch?item=watch-line-d-construction");
    Browser.faults(browser); // what earlier tests' pages logged is theirs
    for (var view : views.entrySet()) {
      open(view.getValue());
      assertThat(browser.findElement(By.id("status")).getAttribute("class"))
          .as(view.getKey() + ": " + browser.findElement(By.id("status")).getText())
          .doesNotContain("error");
      assertThat(text("main")).as(view.getKey()).doesNotContain("[object ");
      assertThat(Browser.faults(browser)).as(view.getKey()).isEmpty();
      if (view.getKey().equals("07-project")) { // planned and actual milestones on one axis
        assertThat(browser.findElements(By.cssSelector("#milestones .mark.actual"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#milestones .mark.planned"))).isNotEmpty();
      }
      if (view.getKey().equals("03-timeline")) {
        browser.findElement(By.cssSelector("#timeline .item-head")).click();
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".detail blockquote")));
      }
      shoot(view.getKey());
    }
  }

  private void shoot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    for (String dir :
        new String[] {"target/screenshots", System.getProperty("dashboard.screenshots")}) {
      if (dir != null && !dir.isBlank()) {
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name + ".png"), png);
      }
    }
  }
}
