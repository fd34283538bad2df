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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.TestDatabase;

/**
 * Citing sources in the capture form, in a real headless Chromium: several sources, a document
 * found by typing part of its id, a new document made inline with its reliability grade, recorded
 * with the development in one request; the new document is offered at once without a reload; the
 * form's words in English, traditional and simplified Chinese.
 */
class CitingSourcesInTheDashboardIT {

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
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @Test
  void aDevelopmentCitingAnExistingAndANewDocumentIsRecordedInOneGoWithTheNewDocumentsGrade() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String a = fixtures.actor();
    String b = fixtures.actor();
    String existing = fixtures.document();
    String fresh = "doc-new-" + Fixtures.freshId().substring(0, 6);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/capture");
    new Select(browser.findElement(By.id("type"))).selectByValue("PARTNERSHIP_ESTABLISHED");
    browser.findElement(By.id("date")).sendKeys("2013-09");
    Select actors = new Select(browser.findElement(By.id("actors")));
    actors.selectByValue(a);
    actors.selectByValue(b);
    new Select(browser.findElement(By.id("attributes.level"))).selectByValue("PARTNERSHIP");
    browser.findElement(By.id("attributes.label")).sendKeys("夥伴關係");
    browser.findElement(By.id("summary.en")).sendKeys("partners with two sources");

    List<WebElement> rows = browser.findElements(By.cssSelector(".source-rows .source"));
    rows.get(0).findElement(By.cssSelector("input.doc-search")).sendKeys(existing.substring(4));
    wait.until(d -> existing.equals(selected(0)));
    assertThat(text(".source-rows .source:nth-child(1) .doc-grade"))
        .isEqualTo("Source reliability: not graded");
    browser.findElement(By.id("sources[0].locator")).sendKeys("p. 2");
    new Select(browser.findElement(By.id("sources[0].credibility"))).selectByValue("2");

    browser.findElement(By.id("add-source")).click();
    WebElement second = browser.findElements(By.cssSelector(".source-rows .source")).get(1);
    second.findElement(By.cssSelector(".open-new")).click();
    second.findElement(By.cssSelector(".new-id")).sendKeys(fresh);
    second.findElement(By.cssSelector(".new-title")).sendKeys("Joint statement on partnership");
    new Select(second.findElement(By.cssSelector(".new-language"))).selectByValue("zh-Hant");
    new Select(second.findElement(By.cssSelector(".new-reliability"))).selectByValue("B");
    second.findElement(By.cssSelector(".add-document")).click();
    wait.until(d -> fresh.equals(selected(1)));
    assertThat(text(".source-rows .source:nth-child(2) .doc-grade"))
        .isEqualTo("Source reliability: B · usually reliable");
    assertThat(text("#new-documents"))
        .contains(
            fresh
                + " · Joint statement on partnership · zh-Hant · Source reliability B · usually"
                + " reliable");
    browser.findElement(By.id("sources[1].whole")).click();
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.id("capture-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded-id")));
    String id = browser.findElement(By.id("recorded-id")).getText();

    JsonNode recorded = api.get("/api/developments/" + id).json();
    assertThat(recorded.path("sources").findValuesAsText("document"))
        .containsExactly(existing, fresh);
    assertThat(recorded.at("/sources/0/locator").asText()).isEqualTo("p. 2");
    assertThat(recorded.at("/sources/0/credibility").asInt()).isEqualTo(2);
    assertThat(recorded.at("/sources/1/locator").asText()).isEqualTo("whole document");
    assertThat(recorded.at("/sources/1/reliability").asText()).isEqualTo("B");
    JsonNode document = null;
    for (JsonNode d : api.get("/api/documents").json()) {
      if (d.path("id").asText().equals(fresh)) {
        document = d;
      }
    }
    assertThat(document).as("the new document is registered").isNotNull();
    assertThat(document.path("title").asText()).isEqualTo("Joint statement on partnership");
    assertThat(document.path("language").asText()).isEqualTo("zh-Hant");
    assertThat(document.path("reliability").asText()).isEqualTo("B");

    // fresh without a reload: the new document is offered by the picker as registered
    browser
        .findElement(By.cssSelector(".source-rows .source input.doc-search"))
        .sendKeys("Joint statement");
    wait.until(d -> fresh.equals(selected(0)));
    assertThat(text(".source-rows .source:nth-child(1) select.doc"))
        .contains(fresh + " · Joint statement on partnership (B)")
        .doesNotContain("· new");
    assertThat(text("#new-documents")).isEmpty();
    assertThat(text("#main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void theSourcesOfTheFormReadInEachLanguage() {
    open("/capture?lang=en");
    assertThat(text("#add-source")).isEqualTo("Add another source");
    assertThat(text(".source-rows .whole-document"))
        .isEqualTo("Whole document (no page or paragraph)");
    assertThat(Browser.faults(browser)).isEmpty();

    open("/capture?lang=zh-Hant");
    assertThat(text("#add-source")).isEqualTo("新增另一個來源");
    assertThat(text(".source-rows .open-new")).isEqualTo("新文件");
    assertThat(Browser.faults(browser)).isEmpty();

    open("/capture?lang=zh-Hans");
    assertThat(text("#add-source")).isEqualTo("新增另一个来源");
    assertThat(text(".source-rows .whole-document")).isEqualTo("整份文件（无页码或段落）");
    assertThat(Browser.faults(browser)).isEmpty();
    open("/capture?lang=en");
  }

  private String selected(int row) {
    return new Select(browser.findElement(By.id("sources[" + row + "].document")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !Browser.attribute(browser, "body", "data-rendered").isEmpty());
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }
}
