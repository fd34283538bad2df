package org.tracker.infrastructure.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A PostgreSQL 15 server started from the binaries on the classpath, its data kept in a directory
 * that survives restarts, with durable settings (fsync and synchronous commit on). A lock file
 * keeps a second instance off the same directory. Two roles are made if missing (ADR 0020): {@link
 * #OWNER}, which owns the database and runs the migrations, and {@link #APP}, which the application
 * connects as.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "tracker";
  public static final String OWNER = "tracker_owner";
  public static final String APP = "tracker_app";

  private final Path dataDir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final EmbeddedPostgres postgres;
  private String owner;

  private EmbeddedDatabase(
      Path dataDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
    this.dataDir = dataDir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.postgres = postgres;
  }

  /**
   * Starts the server on {@code dataDir} (created if missing).
   *
   * @throws DataDirectoryInUse when another instance holds the directory
   */
  public static EmbeddedDatabase start(Path dataDir, int port) {
    Path dir = dataDir.toAbsolutePath().normalize();
    FileChannel channel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              dir.resolve("tracker.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new DataDirectoryInUse(dir);
      }
      stopOrphanedServer(dir.resolve("postgres"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir.resolve("postgres"))
              .setCleanDataDirectory(false)
              // stopped by the application context after everything using it (the event
              // processors save their tokens last), not by a JVM hook racing that shutdown
              .setRegisterShutdownHook(false)
              .setPort(port)
              // the library's defaults are for throw-away test data; these are analysts' records
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      EmbeddedDatabase database = new EmbeddedDatabase(dir, channel, lock, postgres);
      database.createRolesAndDatabaseIfMissing();
      return database;
    } catch (IOException e) {
      release(lock, channel);
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
    } catch (RuntimeException e) {
      release(lock, channel);
      throw e;
    }
  }

  /**
   * A server left running by an instance that was killed (we hold the lock, so no live instance
   * owns it) is stopped before ours starts; PostgreSQL's own crash recovery does the rest.
   */
  private static void stopOrphanedServer(Path postgresDir) throws IOException {
    Path pidFile = postgresDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    if (!firstLine.matches("\\d+")) {
      return;
    }
    ProcessHandle.of(Long.parseLong(firstLine))
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .ifPresent(
            orphan -> {
              orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown
              orphan.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
            });
  }

  /**
   * The roles, then the database owned by {@link #OWNER}. A database made before the roles (by
   * Tracker before ADR 0020) stays owned by the server's superuser, which then runs the migrations.
   */
  private void createRolesAndDatabaseIfMissing() {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      for (String role : new String[] {OWNER, APP}) {
        var exists =
            statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
        if (!exists.next()) {
          statement.execute("CREATE ROLE " + role + " LOGIN"); // the embedded server trusts local
        }
      }
      var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'tracker'");
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
      }
      var owner =
          statement.executeQuery(
              "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'tracker'");
      owner.next();
      this.owner = owner.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create the database 'tracker' or its roles", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  /** The role the application connects as. */
  public String user() {
    return APP;
  }

  /** The role that owns the database and runs the migrations. */
  public String owner() {
    return owner;
  }

  public Path dataDir() {
    return dataDir;
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(lock, lockChannel);
    }
  }

  private static void release(FileLock lock, FileChannel channel) {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // closing the channel releases the lock anyway
    }
  }
}
