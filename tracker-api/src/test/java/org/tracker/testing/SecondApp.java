package org.tracker.testing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tracker.TrackerApplication;

/** Another, separately started Tracker in this JVM (its own database, its own port). */
public final class SecondApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private SecondApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts Tracker on the given database. */
  public static SecondApp on(TestDatabase database, String... extraArgs) {
    List<String> args = new ArrayList<>();
    args.add("--tracker.db.url=" + database.url());
    args.add("--tracker.db.user=" + database.user());
    args.add("--tracker.db.password=" + database.password());
    args.addAll(List.of(extraArgs));
    return start(args.toArray(String[]::new));
  }

  /** Starts Tracker with these arguments (and a random port, plain logs, no seed by default). */
  public static SecondApp start(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--server.port=0");
    all.add("--logging.structured.format.console=");
    if (all.stream().noneMatch(a -> a.startsWith("--spring.profiles.active="))) {
      all.add("--spring.profiles.active=test"); // the test users; Api signs in as admin
    }
    if (all.stream().noneMatch(a -> a.startsWith("--tracker.seed.enabled="))) {
      all.add("--tracker.seed.enabled=false"); // tests that want the seed say so
    }
    return new SecondApp(
        new SpringApplicationBuilder(TrackerApplication.class).run(all.toArray(String[]::new)));
  }

  public Api api() {
    return new Api(port());
  }

  public String baseUrl() {
    return "http://localhost:" + port();
  }

  /** The port it listens on. */
  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
