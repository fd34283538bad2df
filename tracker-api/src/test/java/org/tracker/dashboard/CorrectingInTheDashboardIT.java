package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * Correcting and retracting a development from the dashboard, in a real headless Chromium signed in
 * as an analyst: the form holds the development as it stands, the API's own message shows beside
 * the field it names, the view shows the new version at once, and each development's versions
 * (what, why, who, when) are there to open for the roles the API lets read them — in English,
 * traditional and simplified Chinese. A viewer sees none of it.
 */
class CorrectingInTheDashboardIT {

  static SecondApp app;
  static WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void start() {
    browser = Browser.chromium();
    app = SecondApp.on(TestDatabase.get().another());
    Browser.signIn(browser, app.baseUrl(), "analyst");
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
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @Test
  void anAnalystCorrectsADevelopmentFromTheTimelineGivingAReasonAndSeesItsNewVersionAtOnce() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String id = Fixtures.freshId();
    created(api, Fixtures.partnership(id, a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", doc));
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/timeline?actor=" + a);
    browser.findElement(By.cssSelector("#timeline .item-head")).click();
    wait.until(d -> text(".detail .edit").contains("Correct"));
    assertThat(text(".detail .edit")).contains("Correct").contains("Retract").contains("History");
    browser.findElement(By.cssSelector(".detail .edit button.correct")).click();
    wait.until(d -> !text("#edit-correct").isEmpty());

    assertThat(value("#edit-type")).isEqualTo("PARTNERSHIP_ESTABLISHED");
    assertThat(value("#edit-date")).isEqualTo("2013-09");
    assertThat(value("#edit-attributes-level")).isEqualTo("STRATEGIC_PARTNERSHIP");
    assertThat(value("#edit-attributes-label")).isEqualTo("戰略夥伴關係");
    assertThat(value("#edit-summary-en")).isEqualTo(a + " and " + b + " become partners");
    assertThat(value("#edit-summary-zh-Hant")).isEqualTo("建立夥伴關係");
    assertThat(value("#edit-sources-0-document")).isEqualTo(doc);
    assertThat(value("#edit-sources-0-locator")).isEqualTo("§1 ¶2");
    assertThat(text("#edit-correct")).contains("now at version 1");
    assertThat(Browser.faults(browser)).as("the open form").isEmpty();

    replace("#edit-date", "2013-09-07");
    replace("#edit-summary-en", "Upgraded on the seventh");
    browser.findElement(By.id("edit-submit")).click();

    wait.until(d -> !text("[data-field=reason] .error").isEmpty());
    assertThat(text("[data-field=reason] .error"))
        .isEqualTo("is required: say why, for the record");
    assertThat(text("#edit-correct")).contains("Nothing was recorded: fix what is marked.");
    assertThat(api.get("/api/developments/" + id).json().path("version").asInt())
        .as("nothing recorded without a reason")
        .isEqualTo(1);
    assertThat(Browser.consoleErrors(browser))
        .as("the browser logs only the refusal it showed")
        .allMatch(e -> e.contains("/corrections") && e.contains("status of 400"));

    replace("#edit-reason", "the communiqué gives the day");
    browser.findElement(By.id("edit-submit")).click();

    String item = "#timeline li[data-id='" + id + "']";
    wait.until(d -> text(item).contains("Upgraded on the seventh"));
    assertThat(text(item)).contains("2013-09-07").contains("version 2").doesNotContain("2013-09 ");
    assertThat(browser.findElements(By.id("edit-correct"))).as("the form closed").isEmpty();
    JsonNode now = api.get("/api/developments/" + id).json();
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(now.path("date").asText()).isEqualTo("2013-09-07");
    assertThat(now.at("/summary/en").asText()).isEqualTo("Upgraded on the seventh");
    assertThat(now.at("/summary/zh-Hant").asText()).isEqualTo("建立夥伴關係");
    assertThat(now.at("/attributes/label").asText()).isEqualTo("戰略夥伴關係");
    assertThat(now.at("/sources/0/document").asText()).isEqualTo(doc);
    assertThat(now.at("/history/1/reason").asText()).isEqualTo("the communiqué gives the day");
    assertThat(now.at("/history/1/recordedBy").asText()).isEqualTo("analyst");
    SeededApp.awaitProjections(app);
    JsonNode timeline = api.get("/api/timeline?actor=" + a).json();
    assertThat(timeline.at("/items/0/version").asInt()).isEqualTo(2);
    assertThat(timeline.at("/items/0/date").asText()).isEqualTo("2013-09-07");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void theHistoryShowsEachVersionWithItsReasonAndAuthorInEachLanguage() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String id = Fixtures.freshId();
    created(
        api, Fixtures.partnership(id, a, b, "PARTNERSHIP", "夥伴關係", "2014-05", fixtures.document()));
    JsonNode first = api.get("/api/developments/" + id).json();
    Api.Response corrected =
        app.api()
            .as("analyst")
            .post(
                "/api/developments/" + id + "/corrections",
                """
                {"reason": "the treaty is dated in June", "version": 2,
                 "type": "PARTNERSHIP_ESTABLISHED", "date": "2014-06", "actors": ["%s", "%s"],
                 "attributes": %s, "summary": %s, "sources": %s}"""
                    .formatted(
                        a,
                        b,
                        first.path("attributes"),
                        first.path("summary"),
                        first.path("sources")));
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/relationships/" + a + "/" + b + "?lang=en");
    String versions = "#history li[data-id='" + id + "'] details.versions";
    browser.findElement(By.cssSelector(versions + " summary")).click();
    wait.until(d -> text(versions).contains("corrected"));
    assertThat(text(versions + " tr[data-version='1']"))
        .contains("1")
        .contains("recorded")
        .contains("admin");
    assertThat(text(versions + " tr[data-version='2']"))
        .contains("2")
        .contains("corrected")
        .contains("the treaty is dated in June")
        .contains("analyst");
    assertThat(text(versions + " thead")) // the stylesheet writes headers in capitals
        .containsIgnoringCase("Version")
        .containsIgnoringCase("Reason")
        .containsIgnoringCase("By");
    assertThat(Browser.faults(browser)).isEmpty();

    open("/relationships/" + a + "/" + b + "?lang=zh-Hant");
    browser.findElement(By.cssSelector(versions + " summary")).click();
    wait.until(d -> text(versions).contains("更正"));
    assertThat(text(versions)).contains("修訂歷程").contains("記錄者").contains("理由");
    assertThat(text("#history li[data-id='" + id + "'] .edit")).contains("撤回");

    open("/relationships/" + a + "/" + b + "?lang=zh-Hans");
    browser.findElement(By.cssSelector(versions + " summary")).click();
    wait.until(d -> text(versions).contains("更正"));
    assertThat(text(versions)).contains("修订历程").contains("记录者");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void anAnalystRetractsADevelopmentFromARelationshipsHistoryAndItLeavesThePage() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String kept = Fixtures.freshId();
    String retracted = Fixtures.freshId();
    created(api, Fixtures.partnership(kept, a, b, "PARTNERSHIP", "夥伴關係", "2010", doc));
    created(
        api,
        Fixtures.partnership(retracted, a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2013-09", doc)
            .replace("PARTNERSHIP_ESTABLISHED", "PARTNERSHIP_UPGRADED"));
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/relationships/" + a + "/" + b);
    wait.until(d -> text("#partnership").contains("戰略夥伴關係"));
    String row = "#history li[data-id='" + retracted + "']";
    browser.findElement(By.cssSelector(row + " button.retract")).click();
    wait.until(d -> !text("#edit-retract").isEmpty());
    assertThat(Browser.faults(browser)).as("the open form").isEmpty();
    browser.findElement(By.id("edit-submit")).click();

    wait.until(d -> !text("#edit-retract [data-field=reason] .error").isEmpty());
    assertThat(text("#edit-retract [data-field=reason] .error"))
        .isEqualTo("is required: say why, for the record");
    assertThat(api.get("/api/developments/" + retracted).json().path("retracted").asBoolean())
        .isFalse();
    assertThat(Browser.consoleErrors(browser))
        .as("the browser logs only the refusal it showed")
        .allMatch(e -> e.contains("/retraction") && e.contains("status of 400"));

    replace("#edit-reason", "misread the source");
    browser.findElement(By.id("edit-submit")).click();

    wait.until(d -> d.findElements(By.cssSelector(row)).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#history li[data-id='" + kept + "']")))
        .hasSize(1);
    assertThat(text("#history")).doesNotContain("2013-09");
    JsonNode answer = api.get("/api/developments/" + retracted).json();
    assertThat(answer.path("retracted").asBoolean()).isTrue();
    assertThat(answer.at("/history/1/kind").asText()).isEqualTo("RETRACTED");
    assertThat(answer.at("/history/1/reason").asText()).isEqualTo("misread the source");
    assertThat(answer.at("/history/1/recordedBy").asText()).isEqualTo("analyst");
    assertThat(app.api().as("viewer").get("/api/developments/" + retracted).status())
        .isEqualTo(404);
    wait.until(d -> !text("#partnership").contains("戰略"));
    assertThat(text("#partnership")).contains("夥伴關係").contains("2010");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void anAnalystCorrectsAProjectsMilestoneAndTheChartMovesIt() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String doc = fixtures.document();
    String project = "line-" + Fixtures.freshId().substring(0, 8);
    created(api, projectDefined(project, doc));
    String milestone = created(api, plannedCompletion(project, "2016", doc));
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/projects/" + project + "?asOf=2015-01-01");
    String row = "#milestone-list li[data-id='" + milestone + "']";
    until(browser, wait, row, "completed · planned 2016");
    browser.findElement(By.cssSelector(row + " button.correct")).click();
    wait.until(d -> !text("#edit-correct").isEmpty());
    assertThat(value("#edit-attributes-expected")).isEqualTo("2016");
    replace("#edit-attributes-expected", "2018");
    replace("#edit-reason", "the operator moved completion to 2018");
    browser.findElement(By.id("edit-submit")).click();

    until(browser, wait, row, "completed · planned 2018");
    assertThat(
            Browser.script(
                browser,
                "return document.querySelector(\"#milestones circle[data-milestone='COMPLETED']"
                    + " title\").textContent;"))
        .isEqualTo("completed · planned 2018");
    JsonNode now = api.get("/api/developments/" + milestone).json();
    assertThat(now.path("version").asInt()).isEqualTo(2);
    assertThat(now.at("/attributes/expected").asText()).isEqualTo("2018");
    assertThat(now.at("/history/1/reason").asText())
        .isEqualTo("the operator moved completion to 2018");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void aViewerSeesNeitherTheControlsNorTheHistory() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String project = "line-" + Fixtures.freshId().substring(0, 8);
    created(
        api, Fixtures.partnership(Fixtures.freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2012", doc));
    created(api, projectDefined(project, doc));
    created(api, plannedCompletion(project, "2016", doc));
    SeededApp.awaitProjections(app);
    WebDriver viewer = Browser.chromium();
    try {
      Browser.signIn(viewer, app.baseUrl(), "viewer");
      WebDriverWait waiting = new WebDriverWait(viewer, Duration.ofSeconds(20));

      open(viewer, waiting, "/timeline?actor=" + a);
      viewer.findElement(By.cssSelector("#timeline .item-head")).click();
      waiting.until(d -> Browser.text(d, ".detail .sources").contains(doc));
      assertThat(Browser.text(viewer, ".detail")).contains("version 1");
      assertNoEditing(viewer);

      open(viewer, waiting, "/relationships/" + a + "/" + b);
      waiting.until(d -> Browser.text(d, "#history").contains("2012"));
      assertNoEditing(viewer);

      open(viewer, waiting, "/projects/" + project + "?asOf=2015-01-01");
      until(viewer, waiting, "#milestone-list", "completed · planned 2016");
      assertNoEditing(viewer);
    } finally {
      viewer.quit();
    }
  }

  /** Waits until an element reads a text; if it never does, says what the page showed instead. */
  private static void until(WebDriver driver, WebDriverWait waiting, String selector, String text) {
    try {
      waiting.until(d -> Browser.text(d, selector).contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          selector
              + " never read '"
              + text
              + "'; the page read: "
              + Browser.text(driver, "#main")
              + " / status: "
              + Browser.text(driver, "#status")
              + " / console: "
              + Browser.consoleErrors(driver),
          e);
    }
  }

  private static void assertNoEditing(WebDriver viewer) {
    assertThat(viewer.findElements(By.cssSelector(".edit, button.correct, button.retract")))
        .isEmpty();
    assertThat(viewer.findElements(By.cssSelector("details.versions"))).isEmpty();
    assertThat(Browser.text(viewer, "#main")).doesNotContain("Correct").doesNotContain("Retract");
    assertThat(Browser.faults(viewer)).isEmpty();
  }

  private static String projectDefined(String project, String doc) {
    return """
        {"type": "PROJECT_DEFINED", "date": "2013-09", "actors": [],
         "attributes": {"projectId": "%s", "name": {"en": "Line %s"}},
         "summary": {"en": "defined"}, "sources": [{"document": "%s", "locator": "§1"}]}"""
        .formatted(project, project, doc);
  }

  private static String plannedCompletion(String project, String expected, String doc) {
    return """
        {"type": "PROJECT_MILESTONE", "date": "2013-09", "actors": [],
         "attributes": {"projectId": "%s", "milestone": "COMPLETED", "status": "PLANNED",
                        "expected": "%s"},
         "summary": {"en": "planned"}, "sources": [{"document": "%s", "locator": "§1"}]}"""
        .formatted(project, expected, doc);
  }

  private static String created(Api api, String body) {
    Api.Response recorded = api.post("/api/developments", body);
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    return recorded.json().path("id").asText();
  }

  private void open(String path) {
    open(browser, wait, path);
  }

  private static void open(WebDriver driver, WebDriverWait waiting, String path) {
    driver.get(app.baseUrl() + path);
    waiting.until(d -> !Browser.attribute(d, "body", "data-rendered").isEmpty());
  }

  /** Replaces what a field holds, as a person would: select it all and type over it. */
  private void replace(String selector, String typed) {
    WebElement field = browser.findElement(By.cssSelector(selector));
    field.clear();
    field.sendKeys(typed);
  }

  /** The value a form control holds now. */
  private String value(String selector) {
    Object value =
        Browser.script(browser, "return document.querySelector(arguments[0]).value;", selector);
    return value == null ? "" : value.toString();
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }
}
