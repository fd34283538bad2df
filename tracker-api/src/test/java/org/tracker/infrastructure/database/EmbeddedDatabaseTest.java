package org.tracker.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path dataDir;

  @Test
  void keepsDataAcrossRestartsWithDurableSettings() throws SQLException {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0)) {
      try (Connection c = connect(database)) {
        c.createStatement().execute("CREATE TABLE kept (note TEXT)");
        c.createStatement().execute("INSERT INTO kept VALUES ('still here')");
        assertThat(setting(c, "fsync")).isEqualTo("on");
        assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
        assertThat(setting(c, "full_page_writes")).isEqualTo("on");
      }
    }

    try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, 0);
        Connection c = connect(restarted)) {
      ResultSet rs = c.createStatement().executeQuery("SELECT note FROM kept");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
  }

  @Test
  void theDatabaseIsOwnedByTheOwnerRoleAndTheApplicationsRoleCannotCreateTables()
      throws SQLException {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0)) {
      assertThat(database.owner()).isEqualTo("tracker_owner");
      assertThat(database.user()).isEqualTo("tracker_app");
      try (Connection app = DriverManager.getConnection(database.jdbcUrl(), database.user(), "")) {
        assertThatThrownBy(() -> app.createStatement().execute("CREATE TABLE t (note TEXT)"))
            .hasMessageContaining("permission denied for schema public");
      }
      try (Connection superuser = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
        // as Tracker made it before ADR 0020
        superuser.createStatement().execute("ALTER DATABASE tracker OWNER TO postgres");
      }
    }
    try (EmbeddedDatabase older = EmbeddedDatabase.start(dataDir, 0)) {
      assertThat(older.owner()).isEqualTo("postgres"); // its tables' owner runs the migrations
    }
  }

  @Test
  void aSecondInstanceOnTheSameDirectoryFailsClearly() {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0)) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0))
          .isInstanceOf(DataDirectoryInUse.class)
          .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString())
          .hasMessageContaining("in use by another Tracker instance");
      assertThat(first.port()).isPositive();
    }
  }

  @Test
  void theLogNeverShowsAPassword() {
    assertThat(
            DatabaseConfiguration.withoutSecrets(
                "jdbc:postgresql://db:5432/tracker?user=t&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/tracker?user=t&password=***&ssl=true");
  }

  private static Connection connect(EmbeddedDatabase database) throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), database.owner(), "");
  }

  private static String setting(Connection c, String name) throws SQLException {
    ResultSet rs = c.createStatement().executeQuery("SHOW " + name);
    rs.next();
    return rs.getString(1);
  }
}
