package org.tracker.admin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar tracker.jar archive --db <jdbc url> [--user u] [--password p] [--out FILE]}:
 * writes what {@code GET /api/admin/archive} answers, byte for byte ({@link ArchiveWriter}), to the
 * file or to standard output, with nothing but JDBC (no web server, no Spring, no Axon) and no
 * limit of size: the rows are streamed from one read-only, repeatable-read snapshot of the log. A
 * file appears only whole (written beside it, then moved into place), and {@code {"archived": N}}
 * is printed. Exit status 0 when written, 2 when not (wrong arguments, database out of reach, a
 * file that cannot be written).
 */
public final class ArchiveCommand {

  public static final String NAME = "archive";

  private static final String USAGE =
      "usage: java -jar tracker.jar archive --db <jdbc url> [--user <user>] [--password <password>]"
          + " [--out <file>] (standard output without --out; or TRACKER_DB_USER,"
          + " TRACKER_DB_PASSWORD)";

  private ArchiveCommand() {}

  /** Runs it; answers the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    CommandArguments arguments =
        CommandArguments.parse(
            args, List.of("--db", "--user", "--password", "--out"), List.of("--db"));
    if (arguments.wrong().isPresent()) {
      err.println(arguments.wrong().get());
      err.println(USAGE);
      return 2;
    }
    Optional<Path> file = arguments.get("--out").map(Path::of);
    try (Connection c =
        DriverManager.getConnection(arguments.db(), arguments.user(), arguments.password())) {
      c.setAutoCommit(false); // so that PostgreSQL sends the rows by the fetch size
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      if (file.isPresent()) {
        out.println("{\"archived\": " + toFile(c, file.get()) + "}");
      } else {
        ArchiveWriter.write(c, new BufferedOutputStream(out, 1 << 16));
        if (out.checkError()) {
          throw new IOException("standard output could not be written");
        }
      }
      c.commit();
      return 0;
    } catch (SQLException e) {
      err.println("cannot archive " + arguments.db() + ": " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("cannot write the archive: " + e.getMessage());
      return 2;
    }
  }

  /** Writes it beside the file, then moves it into place: a file there is a whole archive. */
  private static long toFile(Connection c, Path file) throws SQLException, IOException {
    Path absolute = file.toAbsolutePath();
    Path partial =
        Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".partial");
    try {
      long events;
      try (OutputStream stream =
          new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        events = ArchiveWriter.write(c, stream);
      }
      Files.move(
          partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return events;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
