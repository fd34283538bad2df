package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Watch items in full on the watch board, in a real headless Chromium: an analyst opens an item
 * through the form (a bad review date is named beside its field), sees it move to "evidence seen"
 * live when a development its rule matches is recorded, opens its card to read the evidence's
 * quote, resolves it with a reason, and moves another item's review date so that it is no longer
 * overdue — each result read back through the API, the labels in English, 繁體 and 简体.
 */
class WatchItemsInTheDashboardIT {

  static SecondApp app;
  static WebDriver browser;
  WebDriverWait wait;
  Api api;
  String a;
  String b;
  String doc;

  @BeforeAll
  static void start() {
    browser = Browser.chromium();
    app = SecondApp.on(TestDatabase.get().another());
    Browser.signIn(browser, app.baseUrl(), "admin");
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
  void setUp() {
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    api = app.api();
    Fixtures fixtures = new Fixtures(api);
    a = fixtures.actor();
    b = fixtures.actor();
    doc = fixtures.document();
  }

  @Test
  void anItemOpenedInTheBrowserSeesItsEvidenceLiveShowsItsQuoteAndIsResolvedWithAReason() {
    String id = "watch-" + Fixtures.freshId().substring(0, 8);
    String question = "Does " + a + " visit " + b + " again?";
    Browser.faults(browser); // what earlier pages logged is theirs
    open("/watch");
    Browser.script(browser, "window.__sameDocument = 'yes';");
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.cssSelector("#watch-open > .toggle")).click();
    browser.findElement(By.id("wo-id")).sendKeys(id);
    browser.findElement(By.id("wo-question-en")).sendKeys(question);
    browser.findElement(By.id("wo-question-zh")).sendKeys("再次訪問嗎？");
    browser.findElement(By.id("wo-resolves-en")).sendKeys("A visit is recorded");
    new Select(browser.findElement(By.id("wo-subject-actors"))).selectByValue(a);
    new Select(browser.findElement(By.id("wo-subject-actors"))).selectByValue(b);
    new Select(browser.findElement(By.id("wo-rule-types"))).selectByValue("VISIT");
    new Select(browser.findElement(By.id("wo-rule-actors"))).selectByValue(a);
    new Select(browser.findElement(By.id("wo-document"))).selectByValue(doc);
    browser.findElement(By.id("wo-locator")).sendKeys("§3 ¶9");
    browser.findElement(By.id("wo-review-by")).sendKeys("2030-13");
    browser.findElement(By.id("watch-open-submit")).click();

    By reviewError = By.cssSelector("#watch-open-form [data-field='reviewBy'] .error");
    wait.until(d -> !d.findElement(reviewError).getText().isBlank());
    assertThat(browser.findElement(reviewError).getText()).contains("2030-13");
    assertThat(text("#watch-open-result")).isEqualTo("Not recorded: fix the fields marked below.");
    assertThat(api.get("/api/watch-items/" + id).status()).as("nothing written").isEqualTo(404);
    assertThat(Browser.faults(browser))
        .as("only the refusal we asked for")
        .allSatisfy(fault -> assertThat(fault).contains("400"));

    browser.findElement(By.id("wo-review-by")).clear();
    browser.findElement(By.id("wo-review-by")).sendKeys("2030-06");
    browser.findElement(By.id("watch-open-submit")).click();
    String open = "[data-column='open'] [data-id='" + id + "']";
    wait.until(d -> text(open).contains(question));
    assertThat(text(open)).contains("review by 2030-06");
    assertThat(browser.findElement(reviewError).getText()).isEmpty();
    JsonNode opened = api.get("/api/watch-items/" + id).json();
    assertThat(opened.path("question").path("zh-Hant").asText()).isEqualTo("再次訪問嗎？");
    assertThat(texts(opened.path("subjects"))).containsExactlyInAnyOrder(a, b);
    assertThat(texts(opened.path("rule").path("types"))).containsExactly("VISIT");
    assertThat(texts(opened.path("rule").path("actors"))).containsExactly(a);
    assertThat(opened.path("reviewBy").asText()).isEqualTo("2030-06");
    assertThat(opened.path("sources").get(0).path("document").asText()).isEqualTo(doc);
    wait.until(d -> text("#watch-detail-title").equals(question)); // the new item opens
    assertThat(Browser.faults(browser)).isEmpty();
    browser.findElement(By.id("watch-detail-close")).click();
    wait.until(d -> !d.findElement(By.id("watch-detail")).isDisplayed());

    String quote = "兩國元首再次會晤 " + id;
    Api.Response visit =
        api.post(
            "/api/developments",
            """
            {"type": "VISIT", "date": "2025-05-20", "actors": ["%s", "%s"],
             "attributes": {"level": "STATE"}, "summary": {"en": "%s visits %s"},
             "sources": [{"document": "%s", "locator": "p. 4", "quote": "%s"}]}"""
                .formatted(a, b, a, b, doc, quote));
    assertThat(visit.status()).as(visit.text()).isEqualTo(201);

    String seen = "[data-column='seen'] [data-id='" + id + "']";
    wait.until(d -> text(seen).contains(question)); // live: no reload
    assertThat(Browser.script(browser, "return window.__sameDocument;")).isEqualTo("yes");
    assertThat(text(seen)).contains("1 evidence");
    assertThat(text(open)).isEmpty();

    browser.findElement(By.cssSelector(seen + " .card-open")).click();
    wait.until(d -> text("#watch-evidence").contains(quote));
    assertThat(text("#watch-evidence"))
        .contains("2025-05-20")
        .contains(a + " visits " + b)
        .contains("seen as of 2025-05-20 · found by its rule")
        .contains(doc + " p. 4");
    assertThat(text("#watch-history"))
        .contains("2025-05-20 evidence linked")
        .contains(opened.path("openedOn").asText() + " opened");
    assertThat(browser.getCurrentUrl()).contains("item=" + id);
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.cssSelector("[data-step='watch-resolve-form'] > .toggle")).click();
    new Select(browser.findElement(By.id("wr-outcome"))).selectByValue("HAPPENED");
    browser.findElement(By.cssSelector("#watch-resolve-form button[type=submit]")).click();
    By reasonError = By.cssSelector("#watch-resolve-form [data-field='reason'] .error");
    wait.until(d -> !d.findElement(reasonError).getText().isBlank());
    assertThat(browser.findElement(reasonError).getText()).contains("say why");
    assertThat(Browser.faults(browser)).allSatisfy(fault -> assertThat(fault).contains("400"));

    String reason = "The visit of May 2025 took place";
    browser.findElement(By.id("wr-reason")).sendKeys(reason);
    browser.findElement(By.cssSelector("#watch-resolve-form button[type=submit]")).click();
    String closed = "[data-column='closed'] [data-id='" + id + "']";
    wait.until(d -> text(closed).contains("happened"));
    wait.until(d -> text("#watch-history").contains(reason));
    assertThat(text("#watch-detail-state")).contains("resolved").contains("happened");
    assertThat(text("#watch-history")).contains("resolved (happened) — " + reason);
    JsonNode resolved = api.get("/api/watch-items/" + id).json();
    assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.path("outcome").asText()).isEqualTo("HAPPENED");
    JsonNode last = resolved.path("history").get(resolved.path("history").size() - 1);
    assertThat(last.path("reason").asText()).isEqualTo(reason);
    assertThat(last.path("by").asText()).isEqualTo("admin");
    assertThat(browser.findElements(By.cssSelector("[data-step='watch-reopen-form']"))).hasSize(1);
    assertThat(text("main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void movingAnOverdueItemsReviewDateInTheBrowserTakesItsOverdueMarkAway() {
    String id = "watch-" + Fixtures.freshId().substring(0, 8);
    String question = "Is line D built " + id + "?";
    Api.Response opened =
        api.post(
            "/api/watch-items",
            """
            {"id": "%s", "question": {"en": "%s"}, "subjects": ["%s"],
             "resolvesWhen": {"en": "Gas flows"}, "rule": {"types": ["VISIT"], "actors": ["%s"]},
             "reviewBy": "2020", "on": "2014-03"}"""
                .formatted(id, question, a, a));
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    String card = "[data-id='" + id + "']";
    Browser.faults(browser); // what earlier pages logged is theirs
    open("/watch");
    wait.until(d -> text(card).contains(question));
    assertThat(text(card + " .review")).contains("review by 2020").contains("overdue");
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.cssSelector(card + " .card-open")).sendKeys(Keys.ENTER); // keyboard
    wait.until(d -> text("#watch-detail-title").equals(question));
    assertThat(text("#watch-detail-state")).contains("review by 2020").contains("overdue");
    browser.findElement(By.cssSelector("[data-step='watch-review-form'] > .toggle")).click();
    browser.findElement(By.id("wv-review-by")).sendKeys("2030-06");
    browser.findElement(By.id("wv-reason")).sendKeys("talks resumed");
    browser.findElement(By.cssSelector("#watch-review-form button[type=submit]")).click();

    wait.until(d -> text(card + " .review").contains("review by 2030-06"));
    assertThat(text(card + " .review")).doesNotContain("overdue");
    wait.until(d -> text("#watch-history").contains("review date changed to 2030-06"));
    assertThat(text("#watch-history")).contains("review date changed to 2030-06 — talks resumed");
    assertThat(text("#watch-detail-state")).doesNotContain("overdue");
    JsonNode item = api.get("/api/watch-items/" + id).json();
    assertThat(item.path("reviewBy").asText()).isEqualTo("2030-06");
    assertThat(item.path("overdue").asBoolean()).isFalse();
    JsonNode last = item.path("history").get(item.path("history").size() - 1);
    assertThat(last.path("change").asText()).isEqualTo("REVIEW_DATE_CHANGED");
    assertThat(last.path("reason").asText()).isEqualTo("talks resumed");
    assertThat(last.path("by").asText()).isEqualTo("admin");
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#watch-history").contains("檢視期限改為 2030-06"));
    assertThat(text("#watch-detail")).contains("歷程").contains("證據");
    assertThat(Browser.faults(browser)).isEmpty();
    browser.findElement(By.id("lang-zh-hans")).click();
    wait.until(d -> text("#watch-history").contains("检视期限改为 2030-06"));
    assertThat(text("#watch-detail")).contains("历程").contains("更改检视期限");
    assertThat(Browser.faults(browser)).isEmpty();
    browser.findElement(By.id("lang-en")).click();
    wait.until(d -> text("#watch-history").contains("review date changed to"));
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !Browser.attribute(browser, "body", "data-rendered").isEmpty());
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
