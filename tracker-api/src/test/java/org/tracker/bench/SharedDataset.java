package org.tracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.tracker.testing.SecondApp;

/**
 * The dataset the benchmarks share: a synthetic log of {@code bench.size} developments (default
 * 1,000,000; what is in it: {@link SyntheticLog}) in the database {@code tracker_bench_1m} ({@code
 * tracker_bench_20k} for 20,000), on the server the integration tests use ({@code
 * TRACKER_TEST_DB_URL}, default the local one). {@link ImportBenchmark}, the first step of {@code
 * bench/run}, builds it through the import — its building is the import measurement — and every
 * benchmark after it {@linkplain #open() opens} it instead of building its own. The database stays
 * after the run, so one benchmark can be run again against it ({@code bench/run QueryBenchmark}). A
 * benchmark that changes the data puts it back before it ends.
 */
final class SharedDataset {

  /** Developments in the dataset: {@code -Dbench.size} (bench/run: {@code BENCH_SIZE}). */
  static final int SIZE = Integer.getInteger("bench.size", 1_000_000);

  /** How the dataset was built: the import's figures, reported again by the steps that use it. */
  record Built(
      long developments,
      int actors,
      long lines,
      long events,
      double importSeconds,
      double caughtUpSeconds,
      double vacuumSeconds) {}

  private final String url;
  private final String user;
  private final String password;
  private final String name;

  private SharedDataset(String server, String user, String password, String name) {
    this.url = server + name;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  /** An empty database for the dataset of {@link #SIZE}, dropping the previous one. */
  static SharedDataset create() throws SQLException {
    SharedDataset dataset = named();
    try (Connection admin = DriverManager.getConnection(server() + "postgres", user(), password());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + dataset.name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + dataset.name + " ENCODING 'UTF8'");
    }
    return dataset;
  }

  /**
   * The dataset of {@link #SIZE} as {@link ImportBenchmark} built it (fails if it did not), in its
   * steady state: the tables written since their last vacuum (a step before rewrote them, as the
   * rebuild does) vacuumed and analyzed, as autovacuum would soon.
   */
  static SharedDataset open() throws SQLException {
    SharedDataset dataset = named();
    try {
      dataset.built();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "no finished dataset in "
              + dataset.name
              + ": build it first (bench/run builds it in its ImportBenchmark step)",
          e);
    }
    dataset.vacuumWhatChanged();
    return dataset;
  }

  private static SharedDataset named() {
    return new SharedDataset(server(), user(), password(), "tracker_bench_" + label(SIZE));
  }

  /** 1m, 100k, 20k, 12345: the size as a database name says it. */
  static String label(long size) {
    if (size % 1_000_000 == 0) {
      return size / 1_000_000 + "m";
    }
    return size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
  }

  String name() {
    return name;
  }

  /** Tracker on this dataset, in this JVM, with limits that take the dataset's import file. */
  SecondApp start() {
    return SecondApp.start(
        "--tracker.db.url=" + url,
        "--tracker.db.user=" + user,
        "--tracker.db.password=" + password,
        "--tracker.security.limits.import-bytes=" + (1L << 40),
        "--tracker.security.limits.import-lines=" + Long.MAX_VALUE);
  }

  Connection connect() throws SQLException {
    return connect(new Properties());
  }

  /** A connection with these driver properties too (e.g. {@code reWriteBatchedInserts}). */
  Connection connect(Properties properties) throws SQLException {
    Properties all = new Properties();
    all.putAll(properties);
    all.setProperty("user", user);
    all.setProperty("password", password);
    Connection c = DriverManager.getConnection(url, all);
    // as the application's connections: the projections' live generations (ADR 0021)
    try (Statement statement = c.createStatement();
        ResultSet made =
            statement.executeQuery("SELECT to_regproc('tracker_search_path') IS NOT NULL")) {
      made.next();
      if (made.getBoolean(1)) {
        statement.execute(
            "SELECT set_config('search_path',"
                + " tracker_search_path(current_setting('search_path')), false)");
      }
    }
    return c;
  }

  long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** What autovacuum does soon after a bulk load, at once: the steady state is measured. */
  void vacuumAnalyze() throws SQLException {
    try (Connection c = connect();
        Statement statement = c.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
  }

  private void vacuumWhatChanged() throws SQLException {
    try (Connection c = connect();
        Statement statement = c.createStatement()) {
      List<String> changed = new ArrayList<>();
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT quote_ident(schemaname) || '.' || quote_ident(relname)"
                  + " FROM pg_stat_user_tables"
                  + " WHERE n_dead_tup + n_ins_since_vacuum + n_mod_since_analyze > 0")) {
        while (rs.next()) {
          changed.add(rs.getString(1));
        }
      }
      for (String table : changed) {
        statement.execute("VACUUM ANALYZE " + table);
      }
    }
  }

  /** Marks the dataset finished, with the figures of its building. */
  void finished(Built built) throws SQLException {
    try (Connection c = connect();
        Statement statement = c.createStatement()) {
      statement.execute(
          """
          CREATE SCHEMA IF NOT EXISTS bench;
          CREATE TABLE bench.dataset (developments BIGINT, actors INT, lines BIGINT, events BIGINT,
            import_seconds FLOAT8, caught_up_seconds FLOAT8, vacuum_seconds FLOAT8,
            built_at TIMESTAMPTZ DEFAULT now());
          INSERT INTO bench.dataset VALUES (%d, %d, %d, %d, %s, %s, %s)"""
              .formatted(
                  built.developments(),
                  built.actors(),
                  built.lines(),
                  built.events(),
                  built.importSeconds(),
                  built.caughtUpSeconds(),
                  built.vacuumSeconds()));
    }
  }

  /** The figures of the dataset's building. */
  Built built() throws SQLException {
    try (Connection c = connect();
        Statement statement = c.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT developments, actors, lines, events, import_seconds, caught_up_seconds,"
                    + " vacuum_seconds FROM bench.dataset")) {
      if (!rs.next()) {
        throw new SQLException(name + " has no bench.dataset row");
      }
      return new Built(
          rs.getLong(1),
          rs.getInt(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getDouble(5),
          rs.getDouble(6),
          rs.getDouble(7));
    }
  }

  /** {@code jdbc:postgresql://host:port/} of the integration tests' server. */
  private static String server() {
    String admin = env("TRACKER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    return admin.substring(0, admin.lastIndexOf('/') + 1);
  }

  private static String user() {
    return env("TRACKER_TEST_DB_USER", "postgres");
  }

  private static String password() {
    return env("TRACKER_TEST_DB_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
