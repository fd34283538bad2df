package org.tracker.infrastructure.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The DataSource everything uses: every connection it hands out reaches each projection's live
 * generation of tables (ADR 0021). A projection's tables exist twice, in the schemas {@code
 * <projection>_g0} and {@code _g1}, and a pointer row ({@code projection_generation}) names the
 * live one; each connection, as it is taken from the pool, gets the search_path the database makes
 * from the pointer rows at that moment ({@code tracker_search_path}, V026), so SQL names the tables
 * without a schema and a flip is seen by the next connection taken, on every instance.
 *
 * <p>A transaction that builds a projection's spare generation narrows its own path with {@link
 * #buildingInThisTransaction}.
 */
public final class LiveGenerations extends DelegatingDataSource {

  /** No such function: the migrations making the generations have not run yet. */
  private static final String UNDEFINED_FUNCTION = "42883";

  private volatile String base;

  public LiveGenerations(DataSource pool) {
    super(pool);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return live(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return live(super.getConnection(username, password));
  }

  private Connection live(Connection connection) throws SQLException {
    try {
      set(connection, base(connection), null, false);
      return connection;
    } catch (SQLException | RuntimeException e) {
      if (UNDEFINED_FUNCTION.equals(sqlState(e))) {
        return connection; // before the migrations (Flyway's own connections)
      }
      connection.close();
      throw e;
    }
  }

  /**
   * Until the current transaction ends, its connection reaches the spare generation of {@code
   * projection} (and the live one of every other).
   */
  public static void buildingInThisTransaction(Connection connection, String projection)
      throws SQLException {
    String base;
    try (Statement show = connection.createStatement();
        var rs = show.executeQuery("SELECT current_setting('search_path')")) {
      rs.next();
      base = rs.getString(1);
    }
    // the path already names the live generations first: keep only what comes after them
    set(connection, withoutGenerations(base), projection, true);
  }

  /** The part of a path after the generations' schemas (the connection's own path). */
  static String withoutGenerations(String path) {
    String rest = path;
    while (rest.matches("^\"?[a-z_]+_g[01]\"?, .*")) {
      rest = rest.substring(rest.indexOf(", ") + 2);
    }
    return rest;
  }

  private static void set(Connection connection, String base, String building, boolean local)
      throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement(
            "SELECT set_config('search_path', tracker_search_path(?, ?), ?)")) {
      set.setString(1, base);
      set.setString(2, building);
      set.setBoolean(3, local);
      set.execute();
    }
  }

  /** The connections' own search_path, read from the first one (before it is changed). */
  private String base(Connection connection) throws SQLException {
    String known = base;
    if (known == null) {
      synchronized (this) {
        if (base == null) {
          try (Statement show = connection.createStatement();
              var rs = show.executeQuery("SELECT current_setting('search_path')")) {
            rs.next();
            base = withoutGenerations(rs.getString(1));
          }
        }
        known = base;
      }
    }
    return known;
  }

  private static String sqlState(Exception e) {
    return e instanceof SQLException sql ? sql.getSQLState() : null;
  }
}
