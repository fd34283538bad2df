package org.tracker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, over this run's fresh PostgreSQL database. All such tests
 * share one application context and database: each test makes its own actors and ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TrackerIntegrationTest.Database.class)
@ActiveProfiles("test") // the test users (application-test.properties); Api signs in as admin
// metrics exported as in production (Spring Boot tests leave export off unless asked); one context
// for every such test: two would be two Tracker instances sharing one database's segments
@AutoConfigureObservability
public @interface TrackerIntegrationTest {

  /** Points the application at the test database. */
  class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestDatabase db = TestDatabase.get();
      TestPropertyValues.of(
              "tracker.db.url=" + db.url(),
              "tracker.db.user=" + db.user(),
              "tracker.db.password=" + db.password(),
              "logging.structured.format.console=",
              "tracker.seed.enabled=false")
          .applyTo(context);
    }
  }
}
