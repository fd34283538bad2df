package org.tracker.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One fresh PostgreSQL database per test run, on the server named by {@code TRACKER_TEST_DB_URL}
 * (default: the local server), or on an embedded server when that one cannot be reached. The
 * database is dropped when the run ends.
 */
public final class TestDatabase {

  private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
  private static volatile TestDatabase instance;

  private final String url;
  private final String user;
  private final String password;

  /** Another fresh database on the same server, dropped at the end of the run like this one. */
  public TestDatabase another() {
    String name = freshName();
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    execute(admin, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8'");
    dropAtExit(admin, user, password, name);
    return new TestDatabase(url.substring(0, url.lastIndexOf('/') + 1) + name, user, password);
  }

  /**
   * Another fresh database owned by a role of its own, with a role for the application beside it
   * (ADR 0020; each {@code <database>_owner}, {@code <database>_app}, password {@link
   * Roles#PASSWORD}); the database, then the roles, are dropped at the end of the run.
   */
  public Roles anotherWithRoles() {
    String name = freshName();
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    Roles roles = new Roles(null, name + "_owner", name + "_app");
    for (String role : List.of(roles.owner(), roles.app())) {
      execute(
          admin,
          user,
          password,
          "CREATE ROLE " + role + " LOGIN PASSWORD '" + Roles.PASSWORD + "'");
    }
    execute(
        admin,
        user,
        password,
        "CREATE DATABASE " + name + " OWNER " + roles.owner() + " ENCODING 'UTF8'");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  execute(
                      admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                  execute(admin, user, password, "DROP ROLE IF EXISTS " + roles.app());
                  execute(admin, user, password, "DROP ROLE IF EXISTS " + roles.owner());
                }));
    TestDatabase database =
        new TestDatabase(url.substring(0, url.lastIndexOf('/') + 1) + name, user, password);
    return new Roles(database, roles.owner(), roles.app());
  }

  /** A database (reached as the superuser), its owner and the application's role. */
  public record Roles(TestDatabase database, String owner, String app) {
    public static final String PASSWORD = "secret";

    /** Arguments that start Tracker on it as the application's role, migrations as the owner. */
    public String[] trackerArgs(String... more) {
      List<String> args = new ArrayList<>();
      args.add("--tracker.db.url=" + database.url());
      args.add("--tracker.db.user=" + app);
      args.add("--tracker.db.password=" + PASSWORD);
      args.add("--tracker.db.owner-user=" + owner);
      args.add("--tracker.db.owner-password=" + PASSWORD);
      args.addAll(List.of(more));
      return args.toArray(String[]::new);
    }
  }

  private TestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static TestDatabase get() {
    if (instance == null) {
      synchronized (TestDatabase.class) {
        if (instance == null) {
          instance = create();
        }
      }
    }
    return instance;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Applies Tracker's migrations up to {@code target} (a version such as "14"). */
  public void migrate(String target) {
    org.flywaydb.core.Flyway.configure()
        .dataSource(url(), user(), password())
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  /** The rows {@code sql} selects, each its columns' text joined by spaces. */
  public List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect();
        var rs = c.createStatement().executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(rs.getString(i));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }

  /**
   * A connection that, as the application's, reaches the projections' live generations (ADR 0021)
   * once the migrations have made them.
   */
  public Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    try (var statement = c.createStatement();
        var made = statement.executeQuery("SELECT to_regproc('tracker_search_path') IS NOT NULL")) {
      made.next();
      if (made.getBoolean(1)) {
        statement.execute(
            "SELECT set_config('search_path',"
                + " tracker_search_path(current_setting('search_path')), false)");
      }
    }
    return c;
  }

  private static TestDatabase create() {
    String adminUrl = env("TRACKER_TEST_DB_URL", DEFAULT_ADMIN_URL);
    String user = env("TRACKER_TEST_DB_USER", "postgres");
    String password = env("TRACKER_TEST_DB_PASSWORD", "");
    if (!reachable(adminUrl, user, password)) {
      EmbeddedPostgres embedded = startEmbedded();
      adminUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
      user = "postgres";
      password = "";
    }
    String name = freshName();
    execute(adminUrl, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8'");
    dropAtExit(adminUrl, user, password, name);
    return new TestDatabase(
        adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
  }

  private static String freshName() {
    return "tracker_test_"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
        + "_"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
  }

  private static void dropAtExit(String admin, String user, String password, String name) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    execute(
                        admin,
                        user,
                        password,
                        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
  }

  private static EmbeddedPostgres startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException e) {
                      // the process is going away anyway
                    }
                  }));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no test database: local server unreachable, embedded failed", e);
    }
  }

  private static boolean reachable(String url, String user, String password) {
    try (Connection ignored = DriverManager.getConnection(url, user, password)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        var statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run on the test server: " + sql, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
