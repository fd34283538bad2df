package org.tracker.infrastructure.database;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the application's database user can do to the event log beyond reading and appending,
 * checked once at start: anything there (a superuser, the table's owner, an UPDATE grant) is logged
 * as a warning, since the database then no longer protects the log from the application (ADR 0020).
 */
@Component
public class DatabaseRights {

  private static final Logger log = LoggerFactory.getLogger(DatabaseRights.class);

  private final JdbcClient jdbc;

  public DatabaseRights(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The rights over the event log the application's user should not have; empty when none. */
  public List<String> beyondAppending() {
    return jdbc.sql(
            """
            SELECT r.rolsuper,
                   pg_has_role(current_user, c.relowner, 'MEMBER'),
                   has_table_privilege('domain_event_entry', 'UPDATE'),
                   has_table_privilege('domain_event_entry', 'DELETE'),
                   has_table_privilege('domain_event_entry', 'TRUNCATE')
            FROM pg_roles r, pg_class c
            WHERE r.rolname = current_user AND c.oid = 'domain_event_entry'::regclass""")
        .query(
            (rs, n) -> {
              List<String> rights = new ArrayList<>();
              String[] names = {
                "is a superuser", "owns the event log", "UPDATE", "DELETE", "TRUNCATE"
              };
              for (int i = 0; i < names.length; i++) {
                if (rs.getBoolean(i + 1)) {
                  rights.add(names[i]);
                }
              }
              return rights;
            })
        .single();
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhenTheLogIsNotProtected() {
    List<String> rights;
    try {
      rights = beyondAppending();
    } catch (org.springframework.dao.DataAccessException e) {
      log.warn("Could not check the database user's rights over the event log: {}", e.getMessage());
      return;
    }
    if (!rights.isEmpty()) {
      String user = jdbc.sql("SELECT current_user").query(String.class).single();
      log.atWarn()
          .addKeyValue("database.user", user)
          .addKeyValue("database.excess_rights", String.join(", ", rights))
          .log(
              "The application connects to the database as '{}', which {}: it runs with the"
                  + " owner's rights and could change the event log. Give Flyway the owner's"
                  + " credential (TRACKER_DB_OWNER_USER, TRACKER_DB_OWNER_PASSWORD) and the"
                  + " application a user of its own (docs/deploy.md, ADR 0020).",
              user,
              describe(rights));
    }
  }

  private static String describe(List<String> rights) {
    List<String> words = new ArrayList<>();
    List<String> grants = new ArrayList<>();
    for (String right : rights) {
      if (right.contains(" ")) {
        words.add(right);
      } else {
        grants.add(right);
      }
    }
    if (!grants.isEmpty()) {
      words.add("may " + String.join(", ", grants) + " it");
    }
    return String.join(" and ", words);
  }
}
