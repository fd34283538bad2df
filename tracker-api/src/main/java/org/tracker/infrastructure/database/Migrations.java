package org.tracker.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway runs as the owner of the tables when Tracker is given the owner's credential (the embedded
 * server always has one), and then grants the application's user what it needs, no more: {@code
 * tracker_grant_app} (V025) after every migration, so that the tables of any migration are granted.
 * Without an owner's credential Flyway runs as the application's user, as before ADR 0020.
 */
@Configuration(proxyBeanMethods = false)
class Migrations {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Migrations.class);

  /** Who runs the migrations, and who the application is. */
  record Roles(String url, String app, String owner, String ownerPassword) {

    static Roles of(
        DatabaseProperties properties,
        DatabaseConfiguration.EmbeddedServer embedded,
        HikariDataSource dataSource) {
      if (embedded.database().isPresent()) {
        EmbeddedDatabase database = embedded.database().get();
        return new Roles(dataSource.getJdbcUrl(), database.user(), database.owner(), "");
      }
      if (properties.hasOwner()) {
        return new Roles(
            dataSource.getJdbcUrl(),
            properties.user(),
            properties.ownerUser(),
            properties.ownerPassword() == null ? "" : properties.ownerPassword());
      }
      return new Roles(dataSource.getJdbcUrl(), properties.user(), null, null);
    }

    boolean separate() {
      return owner != null && !owner.equals(app);
    }
  }

  @Bean
  FlywayConfigurationCustomizer migrationsAsOwner(
      DatabaseProperties properties,
      DatabaseConfiguration.EmbeddedServer embedded,
      HikariDataSource dataSource) {
    Roles roles = Roles.of(properties, embedded, dataSource);
    return configuration -> {
      if (roles.separate()) {
        log.atInfo()
            .addKeyValue("database.owner", roles.owner())
            .addKeyValue("database.user", roles.app())
            .log("Migrations run as '{}', the application as '{}'", roles.owner(), roles.app());
        configuration
            .dataSource(roles.url(), roles.owner(), roles.ownerPassword())
            .callbacks(new GrantsToApp(roles.app()));
      }
    };
  }

  /** After every migration, as the owner: the application's user gets its grants. */
  record GrantsToApp(String app) implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      try (var grant = context.getConnection().prepareStatement("SELECT tracker_grant_app(?)")) {
        grant.setString(1, app);
        grant.execute();
      } catch (SQLException e) {
        throw new IllegalStateException(
            "could not grant the application's user '" + app + "' its rights", e);
      }
    }

    @Override
    public String getCallbackName() {
      return "tracker_grant_app";
    }
  }
}
