package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * How sure the dashboard says a date and a source are, in a real headless Chromium: a hedged date
 * reads "2018 (uncertain)" next to its certainty, a graded source its Admiralty grade ("A2") with
 * what it means, in English, traditional and simplified Chinese.
 */
class HowSureDashboardIT {

  static SecondApp app;
  static WebDriver browser;
  WebDriverWait wait;

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
  void waits() {
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @Test
  void anUncertainDateReadsAsUncertainNextToItsCertaintyInEachLanguage() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    Api.Response recorded =
        api.post(
            "/api/developments",
            Fixtures.partnership(
                Fixtures.freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2018?", fixtures.document()));
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/relationships/" + a + "/" + b + "?asOf=2020-01-01");
    wait.until(d -> text("#partnership").contains("2018"));
    assertThat(text("#partnership")).contains("Since 2018 (uncertain) certain");
    assertThat(text("#history")).contains("2018 (uncertain) certain");

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#partnership").contains("日期不確定"));
    assertThat(text("#partnership")).contains("2018 (日期不確定) 確定");

    browser.findElement(By.id("lang-zh-hans")).click();
    wait.until(d -> text("#partnership").contains("日期不确定"));
    assertThat(text("#partnership")).contains("2018 (日期不确定) 确定");
    browser.findElement(By.id("lang-en")).click();

    open("/timeline?actor=" + a + "&asOf=2020-01-01");
    wait.until(d -> text("#timeline").contains("2018"));
    assertThat(text("#timeline .date")).isEqualTo("2018 (uncertain)");

    assertThat(text("#main")).doesNotContain("[object ").doesNotContain("2018?");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void aGradedSourceShowsItsAdmiraltyGradeWithWhatItMeansInEachLanguage() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = "doc-" + Fixtures.freshId().substring(0, 8);
    Api.Response registered =
        api.post(
            "/api/developments",
            """
            {"type": "DOCUMENT_REGISTERED", "attributes": {"documentId": "%s",
             "title": "A graded source", "language": "en", "reliability": "A"}}"""
                .formatted(doc));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    Api.Response recorded =
        api.post(
            "/api/developments",
            """
            {"type": "PARTNERSHIP_ESTABLISHED", "date": "2013-09", "actors": ["%s", "%s"],
             "attributes": {"level": "PARTNERSHIP", "label": "夥伴關係"},
             "summary": {"en": "partners"},
             "sources": [{"document": "%s", "locator": "§1 ¶2", "quote": "夥伴關係",
                          "credibility": 2}]}"""
                .formatted(a, b, doc));
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/timeline?actor=" + a);
    browser.findElement(By.cssSelector("#timeline .item-head")).click();
    wait.until(d -> !text(".detail .sources").isEmpty());
    assertThat(text(".detail .sources")).contains(doc + " A2 · §1 ¶2");
    assertThat(attribute(".detail .sources .grade", "title"))
        .isEqualTo(
            "Source reliability A (completely reliable) · information credibility 2 (probably"
                + " true)");

    open("/relationships/" + a + "/" + b + "?lang=zh-Hant");
    wait.until(d -> text("#history").contains(doc));
    assertThat(text("#history cite")).contains(doc + " A2 §1 ¶2");
    assertThat(attribute("#history .grade", "title")).isEqualTo("來源可靠性 A (完全可靠) · 資訊可信度 2 (很可能屬實)");

    open("/relationships/" + a + "/" + b + "?lang=zh-Hans");
    wait.until(d -> text("#history").contains(doc));
    assertThat(attribute("#history .grade", "title")).isEqualTo("来源可靠性 A (完全可靠) · 信息可信度 2 (很可能属实)");

    assertThat(text("#main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
    open("/relationships/" + a + "/" + b + "?lang=en");
  }

  @Test
  void aDisputedClaimIsShownBesideThePreferredOneWithWhyInEachLanguage() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String doc = fixtures.document();
    String first =
        created(
            api,
            Fixtures.partnership(
                Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2011-06", doc));
    created(
        api,
        Fixtures.partnership(
            Fixtures.freshId(), a, b, "STRATEGIC_PARTNERSHIP", "戰略夥伴關係", "2011-06-13", doc));
    created(
        api,
        """
        {"type": "CLAIM_PREFERRED",
         "attributes": {"preferred": "%s", "reason": "the joint statement gives only the month"},
         "sources": [{"document": "%s", "locator": "§1"}]}"""
            .formatted(first, doc));
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/relationships/" + a + "/" + b + "?asOf=2020-01-01&lang=en");
    wait.until(d -> !text("#disputed").isEmpty());
    assertThat(text("#partnership")).contains("Since 2011-06");
    assertThat(text("#disputed"))
        .contains("Disputed claims (1)")
        .contains("2011-06-13")
        .contains(
            "not taken; preferred: 2011-06 · an analyst's choice: the joint statement gives only"
                + " the month");
    assertThat(text("#lineage").replaceAll("\\s+", " "))
        .as("the lineage marks the claim not taken")
        .contains("2011-06-13 戰略夥伴關係 (disputed, not taken)")
        .doesNotContain("2011-06 戰略夥伴關係 (disputed");

    open("/relationships/" + a + "/" + b + "?asOf=2020-01-01&lang=zh-Hant");
    wait.until(d -> text("#disputed").contains("有爭議的說法"));
    assertThat(text("#disputed")).contains("未採用；採用： 2011-06 · 分析員的選擇");

    open("/relationships/" + a + "/" + b + "?asOf=2020-01-01&lang=zh-Hans");
    wait.until(d -> text("#disputed").contains("有争议的说法"));
    assertThat(text("#disputed")).contains("未采用；采用： 2011-06 · 分析员的选择");

    assertThat(Browser.faults(browser)).isEmpty();
    open("/relationships/" + a + "/" + b + "?lang=en");
  }

  private static String created(Api api, String body) {
    Api.Response recorded = api.post("/api/developments", body);
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    return recorded.json().path("id").asText();
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !attribute("body", "data-rendered").isEmpty());
  }

  private String attribute(String selector, String name) {
    return Browser.attribute(browser, selector, name);
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }
}
