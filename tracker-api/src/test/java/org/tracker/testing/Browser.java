package org.tracker.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium — Debian's {@code chromium} and {@code chromium-driver}, never a
 * downloaded browser. {@code .ci/run} installs them and sets {@code
 * TRACKER_BROWSER_TESTS=required}, so there a missing browser fails the build; on a machine with
 * only a JDK the browser tests are skipped with a message saying what to install (docs/adr/0009).
 */
public final class Browser {

  private Browser() {}

  public static WebDriver chromium() {
    Path browser = Path.of(env("TRACKER_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(env("TRACKER_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
      String why =
          "browser tests need "
              + browser
              + " and "
              + driver
              + " (Debian: apt-get install chromium chromium-driver; .ci/run does it)";
      if ("required".equals(System.getenv("TRACKER_BROWSER_TESTS"))) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.SEVERE);
    options.setCapability("goog:loggingPrefs", logs);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--lang=en-US");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // read by faults()
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return chrome;
  }

  /**
   * What a person reads in the first element matching a CSS selector, read in one step ("" if
   * none).
   */
  public static String text(WebDriver browser, String selector) {
    Object value =
        script(
            browser,
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
            selector);
    return value == null ? "" : value.toString();
  }

  /** An attribute of the first element matching a CSS selector, read in one step ("" if none). */
  public static String attribute(WebDriver browser, String selector, String name) {
    Object value =
        script(
            browser,
            "const e = document.querySelector(arguments[0]);"
                + " return e ? e.getAttribute(arguments[1]) : null;",
            selector,
            name);
    return value == null ? "" : value.toString();
  }

  /** Runs a script in the page and answers its result. */
  public static Object script(WebDriver browser, String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /**
   * The errors the pages wrote to the console since the last call (each call empties the browser's
   * buffer: call once before the steps whose errors count).
   */
  public static List<String> consoleErrors(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("favicon.ico"))
        .toList();
  }

  /**
   * What a person must never meet on the page now shown, each fault named: errors logged to the
   * console since the last call (the browser's request for a favicon aside), the text "[object "
   * (an object drawn as text), and serious accessibility faults — a form control without a label, a
   * button or link without a name, an image without alt text, an id used twice, a page without a
   * language. (A plain check in the page: no accessibility engine is shipped with the build.)
   */
  public static List<String> faults(WebDriver browser) {
    List<String> faults = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
          && !entry.getMessage().contains("favicon.ico")) {
        faults.add("console: " + entry.getMessage());
      }
    }
    Object found = script(browser, PAGE_FAULTS);
    if (found instanceof List<?> list) {
      list.forEach(f -> faults.add(String.valueOf(f)));
    }
    return faults;
  }

  private static final String PAGE_FAULTS =
      """
      const faults = [];
      if (document.body.innerText.includes('[object ')) faults.push('text: [object …]');
      const named = e => ['aria-label', 'aria-labelledby', 'title', 'alt']
        .some(a => (e.getAttribute(a) || '').trim()) || (e.innerText || '').trim();
      document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(c => {
        const label = c.id && document.querySelector('label[for="' + CSS.escape(c.id) + '"]');
        if (!label && !c.closest('label') && !named(c)) {
          faults.push('a ' + c.tagName.toLowerCase() + ' without a label: ' + (c.id || c.name));
        }
      });
      document.querySelectorAll('button, a[href]').forEach(b => {
        if (!named(b)) faults.push('a ' + b.tagName.toLowerCase() + ' without a name');
      });
      document.querySelectorAll('img:not([alt])').forEach(i => faults.push('an image without alt'));
      const ids = new Map();
      document.querySelectorAll('[id]').forEach(e => ids.set(e.id, (ids.get(e.id) || 0) + 1));
      ids.forEach((n, id) => { if (n > 1) faults.push('id used ' + n + ' times: ' + id); });
      if (!document.documentElement.lang) faults.push('the page has no language');
      return faults;""";

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * Signs in through the login page as a test user ({@code user}, password {@code user-password}),
   * as a person would; the session then lasts as long as the browser.
   */
  public static void signIn(WebDriver browser, String baseUrl, String user) {
    browser.get(baseUrl + "/board");
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.name("username")));
    browser.findElement(org.openqa.selenium.By.name("username")).sendKeys(user);
    browser.findElement(org.openqa.selenium.By.name("password")).sendKeys(user + "-password");
    browser.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("/board"));
  }
}
