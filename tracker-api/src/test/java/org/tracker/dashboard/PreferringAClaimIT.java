package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
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
 * Preferring a disputed claim from the dashboard, in a real headless Chromium signed in as an
 * analyst: two partnerships at one level between one pair on two dates compete; beside the claim
 * not standing, "Prefer this claim" asks for a reason (the API's message beside the field when it
 * is missing) and records a CLAIM_PREFERRED; the page then shows that claim standing and the other
 * disputed on "an analyst's choice" with the reason, as the API answers — in English and 繁體. A
 * viewer sees the dispute and no control.
 */
class PreferringAClaimIT {

  static final String REASON = "the joint statement gives only the month";
  static final String ZH_REASON = "新聞稿載明日期";

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

  /** Two claims of one partnership on two dates: [a, b, the month's, the day's (recorded last)]. */
  private static List<String> aDispute() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String month =
        created(
            api,
            Fixtures.partnership(
                Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2011-06", doc));
    String day =
        created(
            api,
            Fixtures.partnership(
                Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2011-06-13", doc));
    SeededApp.awaitProjections(app);
    return List.of(a, b, month, day, doc);
  }

  @Test
  void anAnalystPrefersTheClaimNotStandingWithAReasonAndThePageAndTheApiShowItStanding() {
    List<String> dispute = aDispute();
    String a = dispute.get(0);
    String b = dispute.get(1);
    String month = dispute.get(2);
    String day = dispute.get(3);
    String doc = dispute.get(4);
    String page = "/relationships/" + a + "/" + b + "?asOf=2020-01-01";
    Browser.faults(browser); // what earlier pages logged is theirs

    open(page);
    until("#disputed", "Disputed claims (1)");
    assertThat(text("#partnership")).contains("Since 2011-06-13");
    String notStanding = "#disputed li[data-development='" + month + "']";
    assertThat(text(notStanding))
        .contains("2011-06")
        .contains("not taken; preferred: 2011-06-13 · recorded more recently")
        .contains("Prefer this claim");
    assertThat(Browser.faults(browser)).as("the page with its dispute").isEmpty();

    click(notStanding + " button.prefer-open");
    wait.until(d -> !browser.findElements(By.cssSelector(notStanding + " form")).isEmpty());
    assertThat(text(notStanding + " .prefer-sources")).contains("Its sources: " + doc + " §1 ¶2");
    assertThat(value("#prefer-document-" + month)).isEqualTo(doc);
    assertThat(value("#prefer-locator-" + month)).isEqualTo("§1 ¶2");
    assertThat(Browser.faults(browser)).as("the open form").isEmpty();

    click(notStanding + " button.prefer-submit");
    String reasonError = notStanding + " [data-field=reason] .error";
    wait.until(d -> !text(reasonError).isEmpty());
    assertThat(text(reasonError)).startsWith("is required for CLAIM_PREFERRED");
    assertThat(relationship(a, b).at("/disputed/0/basis").asText())
        .as("nothing recorded without a reason")
        .isEqualTo("MORE_RECENT");
    assertThat(Browser.consoleErrors(browser))
        .as("the browser logs only the refusal it showed")
        .allMatch(e -> e.contains("/api/developments") && e.contains("status of 400"));

    replace("#prefer-reason-" + month, REASON);
    click(notStanding + " button.prefer-submit");

    until("#disputed", "an analyst's choice");
    String nowDisputed = "#disputed li[data-development='" + day + "']";
    assertThat(text(nowDisputed))
        .contains("2011-06-13")
        .contains("not taken; preferred: 2011-06 · an analyst's choice: " + REASON)
        .contains("Prefer this claim");
    assertThat(text("#partnership")).contains("Since 2011-06").doesNotContain("2011-06-13");
    assertThat(
            browser.findElements(By.cssSelector("#disputed li[data-development='" + month + "']")))
        .as("the claim chosen stands")
        .isEmpty();
    JsonNode answer = relationship(a, b);
    assertThat(answer.at("/partnership/since").asText()).isEqualTo("2011-06");
    assertThat(answer.path("disputed")).hasSize(1);
    assertThat(answer.at("/disputed/0/developmentId").asText()).isEqualTo(day);
    assertThat(answer.at("/disputed/0/preferred").asText()).isEqualTo(month);
    assertThat(answer.at("/disputed/0/basis").asText()).isEqualTo("ANALYST_CHOICE");
    assertThat(answer.at("/disputed/0/reason").asText()).isEqualTo(REASON);
    String choice = answer.at("/disputed/0/preferredBy").asText();
    JsonNode recorded = app.api().get("/api/developments/" + choice).json();
    assertThat(recorded.path("type").asText()).isEqualTo("CLAIM_PREFERRED");
    assertThat(recorded.at("/sources/0/document").asText()).isEqualTo(doc);
    assertThat(recorded.at("/history/0/recordedBy").asText()).isEqualTo("analyst");
    assertThat(Browser.faults(browser)).as("the page after the choice").isEmpty();

    open(page + "&lang=zh-Hant");
    until("#disputed", "有爭議的說法");
    assertThat(text(nowDisputed)).contains("未採用；採用： 2011-06 · 分析員的選擇: " + REASON);
    click(nowDisputed + " button.prefer-open");
    wait.until(d -> !browser.findElements(By.cssSelector(nowDisputed + " form")).isEmpty());
    assertThat(text(nowDisputed)).contains("採用此說法").contains("理由（必填");
    replace("#prefer-reason-" + day, ZH_REASON);
    click(nowDisputed + " button.prefer-submit");

    until("#disputed", ZH_REASON);
    assertThat(text(notStanding)).contains("未採用；採用： 2011-06-13 · 分析員的選擇: " + ZH_REASON);
    assertThat(text("#partnership")).contains("2011-06-13");
    JsonNode later = relationship(a, b);
    assertThat(later.at("/disputed/0/developmentId").asText()).isEqualTo(month);
    assertThat(later.at("/disputed/0/reason").asText()).isEqualTo(ZH_REASON);
    assertThat(Browser.faults(browser)).as("the page in 繁體").isEmpty();
    open("/relationships/" + a + "/" + b + "?lang=en");
  }

  @Test
  void aViewerSeesTheDisputeButNoControlToPreferAClaim() {
    List<String> dispute = aDispute();
    String a = dispute.get(0);
    String b = dispute.get(1);
    WebDriver viewer = Browser.chromium();
    try {
      Browser.signIn(viewer, app.baseUrl(), "viewer");
      WebDriverWait waiting = new WebDriverWait(viewer, Duration.ofSeconds(20));
      viewer.get(app.baseUrl() + "/relationships/" + a + "/" + b + "?asOf=2020-01-01");
      waiting.until(d -> Browser.text(d, "#disputed").contains("Disputed claims (1)"));

      assertThat(Browser.text(viewer, "#disputed"))
          .contains("not taken; preferred: 2011-06-13 · recorded more recently")
          .doesNotContain("Prefer this claim");
      assertThat(viewer.findElements(By.cssSelector(".prefer, button.prefer-open"))).isEmpty();
      assertThat(Browser.faults(viewer)).isEmpty();
    } finally {
      viewer.quit();
    }
  }

  private static JsonNode relationship(String a, String b) {
    Api.Response answer = app.api().get("/api/relationships/" + a + "/" + b + "?asOf=2020-01-01");
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.json();
  }

  private static String created(Api api, String body) {
    Api.Response recorded = api.post("/api/developments", body);
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    return recorded.json().path("id").asText();
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !Browser.attribute(d, "body", "data-rendered").isEmpty());
  }

  /** Waits until an element reads a text; if it never does, says what the page showed instead. */
  private void until(String selector, String expected) {
    try {
      wait.until(d -> text(selector).contains(expected));
    } catch (TimeoutException e) {
      throw new AssertionError(
          selector
              + " never read '"
              + expected
              + "'; the page read: "
              + text("#main")
              + " / status: "
              + text("#status")
              + " / console: "
              + Browser.consoleErrors(browser),
          e);
    }
  }

  /** Clicks an element as a person would: scrolled clear of the page's fixed live-state line. */
  private void click(String selector) {
    WebElement element = browser.findElement(By.cssSelector(selector));
    Browser.script(browser, "arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Replaces what a field holds, as a person would: select it all and type over it. */
  private void replace(String selector, String typed) {
    WebElement field = browser.findElement(By.cssSelector(selector));
    field.clear();
    field.sendKeys(typed);
  }

  private String value(String selector) {
    Object value =
        Browser.script(browser, "return document.querySelector(arguments[0]).value;", selector);
    return value == null ? "" : value.toString();
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }
}
