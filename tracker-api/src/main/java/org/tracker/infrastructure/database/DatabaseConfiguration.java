package org.tracker.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The one DataSource everything uses (Axon's event store, tokens and dead letters, the projections,
 * reaching their live generations: {@link LiveGenerations}): the server named by {@code
 * TRACKER_DB_URL}, or else an embedded PostgreSQL. Flyway alone connects as the tables' owner when
 * there is one ({@link Migrations}, ADR 0020).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  /** Holds the embedded server when one is used, so that it stops after the pool closes. */
  public record EmbeddedServer(Optional<EmbeddedDatabase> database) implements AutoCloseable {
    @Override
    public void close() {
      database.ifPresent(EmbeddedDatabase::close);
    }
  }

  @Bean(destroyMethod = "close")
  EmbeddedServer embeddedServer(DatabaseProperties properties) {
    if (properties.isExternal()) {
      return new EmbeddedServer(Optional.empty());
    }
    EmbeddedDatabase database =
        EmbeddedDatabase.start(properties.dataDir(), properties.embeddedPort());
    return new EmbeddedServer(Optional.of(database));
  }

  /**
   * Every connection reaches the projections' live generations ({@link LiveGenerations}); Flyway
   * alone takes its connections from the pool itself.
   */
  @Bean
  @Primary
  LiveGenerations liveGenerations(HikariDataSource pool) {
    return new LiveGenerations(pool);
  }

  @Bean(destroyMethod = "close")
  @FlywayDataSource
  HikariDataSource dataSource(DatabaseProperties properties, EmbeddedServer embedded) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("tracker");
    dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
    // one multi-row INSERT per JDBC batch: event appends and projection batches get cheaper
    dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
    if (embedded.database().isPresent()) {
      EmbeddedDatabase database = embedded.database().get();
      dataSource.setJdbcUrl(database.jdbcUrl());
      dataSource.setUsername(database.user());
      log.atInfo()
          .addKeyValue("database.kind", "embedded")
          .addKeyValue("database.url", database.jdbcUrl())
          .addKeyValue("database.data_dir", database.dataDir().toString())
          .log(
              "Database: embedded PostgreSQL 15 at {} (data in {}; set TRACKER_DB_URL to use"
                  + " another server)",
              database.jdbcUrl(),
              database.dataDir());
    } else {
      dataSource.setJdbcUrl(properties.url());
      dataSource.setUsername(properties.user());
      dataSource.setPassword(properties.password());
      String url = withoutSecrets(properties.url());
      log.atInfo()
          .addKeyValue("database.kind", "external")
          .addKeyValue("database.url", url)
          .addKeyValue("database.user", String.valueOf(properties.user()))
          .log("Database: external PostgreSQL at {} as user {}", url, properties.user());
    }
    return dataSource;
  }

  /** A JDBC URL with any password parameter blanked, fit for a log line. */
  static String withoutSecrets(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
