package org.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracker.testing.Api;
import org.tracker.testing.Browser;
import org.tracker.testing.Fixtures;
import org.tracker.testing.SecondApp;
import org.tracker.testing.SeededApp;
import org.tracker.testing.TestDatabase;

/**
 * An agreement's own page, in a real headless Chromium: opened from the board's link, it reads its
 * parties with their status and what each undertakes, the ratifications with their dates, in
 * English and traditional Chinese, and follows the time control back before the entry into force.
 * The timeline's pair filter shows only the developments naming both actors.
 */
class AgreementPageIT {

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
  void theBoardOpensAnAgreementsPageWithItsPartiesRatificationsAndEachPartysObligations() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String doc = fixtures.document();
    String a = fixtures.actor();
    String b = fixtures.actor();
    String agreement = "gas-" + Fixtures.freshId().substring(0, 8);
    created(
        api,
        development(
            "AGREEMENT_SIGNED",
            "2013-09",
            List.of(a, b),
            """
            "agreementId": "%s", "title": "天然氣合作協定", "titleEn": "Gas cooperation agreement",
            "instrument": "AGREEMENT", "obligations": ["SUPPLY"],
            "obligationsOf": {"%s": ["SUPPLY", "INVESTMENT"], "%s": ["TRANSIT"]}"""
                .formatted(agreement, a, b),
            doc));
    created(
        api,
        development(
            "AGREEMENT_RATIFIED",
            "2014-03-10",
            List.of(a),
            "\"agreementId\": \"" + agreement + "\"",
            doc));
    created(
        api,
        development(
            "AGREEMENT_RATIFIED",
            "2014-05",
            List.of(b),
            "\"agreementId\": \"" + agreement + "\"",
            doc));
    created(
        api,
        development(
            "AGREEMENT_ENTERED_INTO_FORCE",
            "2014-07-01",
            List.of(),
            "\"agreementId\": \"" + agreement + "\"",
            doc));
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/board?actor=" + a + "&kind=all&asOf=2015-01-01");
    String onBoard = "#board tr[data-partner='" + b + "'] li[data-id='" + agreement + "'] a";
    wait.until(d -> !text(onBoard).isEmpty());
    assertThat(text(onBoard)).isEqualTo("天然氣合作協定");
    assertThat(Browser.faults(browser)).isEmpty();
    browser.findElement(By.cssSelector(onBoard)).click();
    wait.until(d -> d.getCurrentUrl().contains("/agreements/" + agreement));
    wait.until(d -> text("#agreement-state").contains("in force"));

    assertThat(browser.getCurrentUrl()).contains("asOf=2015-01-01");
    assertThat(text("h1")).contains("天然氣合作協定").contains(agreement);
    assertThat(text("#agreement-kind")).isEqualTo("Gas cooperation agreement · agreement");
    assertThat(text("#agreement-state")).contains("in force since 2014-07-01 certain");
    assertThat(row(a))
        .contains("Test actor " + a)
        .contains("party")
        .contains("2014-07-01")
        .contains("supply, investment");
    assertThat(row(b)).contains("Test actor " + b).contains("party").contains("transit");
    assertThat(text("#ratifications"))
        .contains("2014-03-10 Test actor " + a + " ratified")
        .contains("2014-05 Test actor " + b + " ratified");
    assertThat(text("#agreement-history"))
        .contains("2013-09")
        .contains("signed")
        .contains("entered into force")
        .contains(doc);
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#agreement-state").contains("已生效"));
    assertThat(text("#agreement-kind")).isEqualTo("Gas cooperation agreement · 協定");
    assertThat(row(a)).contains("測試 " + a).contains("締約方").contains("供應, 投資");
    assertThat(row(b)).contains("測試 " + b).contains("締約方").contains("過境");
    assertThat(text("#ratifications"))
        .contains("2014-03-10 測試 " + a + " 批准")
        .contains("2014-05 測試 " + b + " 批准");
    assertThat(Browser.faults(browser)).isEmpty();

    moveTimeTo("2014-06-01");
    wait.until(d -> text("#agreement-state").contains("已簽署、尚未生效"));
    assertThat(browser.getCurrentUrl()).contains("asOf=2014-06-01");
    assertThat(text("#agreement-state")).contains("已簽署、尚未生效 始於 2013-09");
    assertThat(row(a)).contains("已批准").contains("2014-03-10");
    assertThat(row(b)).contains("已批准").contains("2014-05");
    assertThat(text("#agreement-history")).doesNotContain("2014-07-01");
    assertThat(Browser.faults(browser)).isEmpty();

    moveTimeTo("2013-06-01");
    wait.until(d -> text("#agreement-state").contains("此日之前沒有關於此協定的記錄"));
    assertThat(Browser.faults(browser)).isEmpty();

    open("/relationships/" + a + "/" + b + "?asOf=2015-01-01&lang=en");
    wait.until(d -> !text("#agreements li[data-id='" + agreement + "']").isEmpty());
    assertThat(Browser.attribute(browser, "#agreements li[data-id='" + agreement + "'] a", "href"))
        .contains("/agreements/" + agreement);
    assertThat(Browser.faults(browser)).isEmpty();
  }

  @Test
  void theTimelinesPairFilterShowsOnlyTheDevelopmentsOfBothActors() {
    Api api = app.api();
    Fixtures fixtures = new Fixtures(api);
    String doc = fixtures.document();
    String a = fixtures.actor();
    String b = fixtures.actor();
    String c = fixtures.actor();
    String agreement = "pact-" + Fixtures.freshId().substring(0, 8);
    String withB =
        created(
            api,
            Fixtures.partnership(Fixtures.freshId(), a, b, "PARTNERSHIP", "夥伴關係", "2012", doc));
    String withC =
        created(
            api,
            Fixtures.partnership(Fixtures.freshId(), a, c, "PARTNERSHIP", "夥伴關係", "2012", doc));
    String signed =
        created(
            api,
            development(
                "AGREEMENT_SIGNED",
                "2013-09",
                List.of(a, b),
                "\"agreementId\": \"" + agreement + "\", \"title\": \"合作條約\"",
                doc));
    String ratified =
        created(
            api,
            development(
                "AGREEMENT_RATIFIED",
                "2014",
                List.of(a),
                "\"agreementId\": \"" + agreement + "\"",
                doc));
    SeededApp.awaitProjections(app);
    Browser.faults(browser); // what earlier pages logged is theirs

    open("/timeline?actor=" + a + "&lang=en");
    wait.until(d -> text("#timeline-total").startsWith("4 "));
    assertThat(ids()).containsExactly(withB, withC, signed, ratified);
    new Select(browser.findElement(By.cssSelector("#timeline-filters select[name=partner]")))
        .selectByValue(b);
    browser.findElement(By.cssSelector("#timeline-filters button[type=submit]")).click();
    wait.until(d -> text("#timeline-total").startsWith("2 "));

    assertThat(text("#timeline-total")).isEqualTo("2 developments");
    assertThat(ids()).containsExactly(withB, signed);
    assertThat(text("#timeline")).contains(a + " and " + b + " become partners").doesNotContain(c);
    assertThat(browser.getCurrentUrl()).contains("partner=" + b);
    assertThat(
            Browser.attribute(
                browser, "#timeline li[data-id='" + signed + "'] a.agreement-link", "href"))
        .contains("/agreements/" + agreement);
    assertThat(Browser.faults(browser)).isEmpty();

    browser.findElement(By.id("lang-zh")).click();
    wait.until(d -> text("#timeline-filters").contains("另一方"));
    assertThat(ids()).containsExactly(withB, signed);
    assertThat(Browser.faults(browser)).isEmpty();
    open("/timeline?lang=en");
  }

  @SuppressWarnings("unchecked")
  private List<String> ids() {
    return (List<String>)
        Browser.script(
            browser,
            "return [...document.querySelectorAll('#timeline > li')].map(li => li.dataset.id);");
  }

  /** Moves the time control's day as a person does: a new date in its field. */
  private void moveTimeTo(String day) {
    Browser.script(
        browser,
        "const input = document.getElementById('asof-date'); input.value = arguments[0];"
            + " input.dispatchEvent(new Event('change'));",
        day);
  }

  private String row(String actor) {
    return text("#parties tr[data-actor='" + actor + "']").replaceAll("\\s+", " ");
  }

  private static String development(
      String type, String date, List<String> actors, String attributes, String doc) {
    return """
        {"id": "%s", "type": "%s", "date": "%s", "actors": [%s], "attributes": {%s},
         "summary": {"en": "%s"}, "sources": [{"document": "%s", "locator": "art. 1"}]}"""
        .formatted(
            Fixtures.freshId(),
            type,
            date,
            String.join(", ", actors.stream().map(x -> "\"" + x + "\"").toList()),
            attributes,
            type.toLowerCase().replace('_', ' '),
            doc);
  }

  private static String created(Api api, String body) {
    Api.Response recorded = api.post("/api/developments", body);
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    return recorded.json().path("id").asText();
  }

  private void open(String path) {
    browser.get(app.baseUrl() + path);
    wait.until(d -> !Browser.attribute(browser, "body", "data-rendered").isEmpty());
  }

  private String text(String selector) {
    return Browser.text(browser, selector);
  }
}
