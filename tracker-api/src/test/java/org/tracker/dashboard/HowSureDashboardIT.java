package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * How sure the dashboard says a date is, in a real headless Chromium: a hedged date reads "2018
 * (uncertain)" next to its certainty, in English, traditional and simplified Chinese.
 */
class HowSureDashboardIT {

  static SecondApp app;
  static WebDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void start() {
    browser = Browser.chromium();
    app = SecondApp.on(TestDatabase.get().another());
    browser.get(app.baseUrl() + "/board");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
    browser.findElement(By.name("username")).sendKeys("admin");
    browser.findElement(By.name("password")).sendKeys("admin-password");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("/board"));
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
    Browser.consoleErrors(browser); // what earlier pages logged is theirs

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
    assertThat(Browser.consoleErrors(browser)).isEmpty();
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !attribute("body", "data-rendered").isEmpty());
  }

  /** An attribute of the first element matching a CSS selector ("" if none). */
  private String attribute(String selector, String name) {
    Object value =
        Browser.script(
            browser,
            "const e = document.querySelector(arguments[0]);"
                + " return e ? e.getAttribute(arguments[1]) : null;",
            selector,
            name);
    return value == null ? "" : value.toString();
  }

  /** What a person reads in the first element matching a CSS selector ("" if none). */
  private String text(String selector) {
    Object value =
        Browser.script(
            browser,
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
            selector);
    return value == null ? "" : value.toString();
  }
}
