package org.tracker.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return chrome;
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

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
