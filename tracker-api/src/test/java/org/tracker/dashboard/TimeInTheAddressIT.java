package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * A day or a moment in a dashboard address that is not one ({@code ?asOf=x}, typed by hand or cut
 * short) is said so beside the time control, in the reader's language, and left out of the address:
 * the view answers for today, as known now — no script error, no empty page.
 */
class TimeInTheAddressIT {

  static SecondApp app;
  static WebDriver browser;
  static String a;
  static String b;
  WebDriverWait wait;

  @BeforeAll
  static void start() {
    browser = Browser.chromium();
    app = SecondApp.on(TestDatabase.get().another());
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    a = fixtures.actor();
    b = fixtures.actor();
    Api.Response recorded =
        api.post(
            "/api/developments",
            Fixtures.partnership(
                Fixtures.freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2013-09", fixtures.document()));
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    SeededApp.awaitProjections(app);
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
    Browser.faults(browser); // what earlier pages logged is theirs
  }

  @Test
  void aDayThatIsNotOneIsNamedAndTheRelationshipIsShownForToday() {
    open("/relationships/" + a + "/" + b + "?asOf=x");
    assertThat(Browser.text(browser, "#status"))
        .isEqualTo(
            "The address asks for the world as of \"x\", which is not a day (YYYY-MM-DD):"
                + " showing today.");
    wait.until(d -> Browser.text(browser, "#partnership").contains("2013"));
    assertThat(Browser.text(browser, "#partnership")).contains("Since 2013-09");
    assertThat(browser.getCurrentUrl()).doesNotContain("asOf");
    assertThat(Browser.text(browser, "#main")).doesNotContain("[object ");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void aDayThatDoesNotExistIsNamedInTraditionalChinese() {
    open("/relationships/" + a + "/" + b + "?asOf=2013-02-30&lang=zh-Hant");
    assertThat(Browser.text(browser, "#status"))
        .isEqualTo("網址要求的日期「2013-02-30」不是有效日期（YYYY-MM-DD）：改為顯示今天。");
    assertThat(browser.getCurrentUrl()).doesNotContain("asOf").contains("lang=zh-Hant");
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void aMomentThatIsNotOneIsNamedAndEverythingRecordedIsShown() {
    open("/timeline?actor=" + a + "&knownAt=yesterday");
    assertThat(Browser.text(browser, "#status"))
        .startsWith("The address asks for what was known at \"yesterday\", which is not a moment");
    wait.until(d -> Browser.text(browser, "#timeline").contains("2013-09"));
    assertThat(browser.getCurrentUrl()).doesNotContain("knownAt").contains("actor=" + a);
    assertThat(Browser.faults(browser)).isEmpty();
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !Browser.attribute(browser, "body", "data-rendered").isEmpty());
  }
}
