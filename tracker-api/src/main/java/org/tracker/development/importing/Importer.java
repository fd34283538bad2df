package org.tracker.development.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.tracker.development.DevelopmentLog;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.References;
import org.tracker.development.importing.ImportProgress.Tracked;
import org.tracker.development.importing.ImportReport.Phase;
import org.tracker.directory.api.Directory;
import org.tracker.infrastructure.security.Role;
import org.tracker.infrastructure.security.SecuritySettings;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.Refusal;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.WatchItemIntake;

/**
 * Imports NDJSON, all or nothing, in three parts.
 *
 * <ol>
 *   <li><b>Reading</b> ({@link LogFormat}): each line of the upload, streamed, becomes an {@link
 *       ImportLine} — the same format the export writes.
 *   <li><b>Deciding</b> ({@link ImportDecisions}): each line is validated and judged by its
 *       stream's rule book, against the log and the lines before it; what it decides is spooled to
 *       a temporary file, so memory does not grow with the file. Any bad line: the whole file is
 *       refused, naming every bad line, and nothing is written.
 *   <li><b>Appending</b> ({@link ImportWriter}): the spool, in one transaction holding the log's
 *       lock exclusively. A failure rolls everything back.
 * </ol>
 *
 * A line already recorded with the same content (same id; a line without id gets one from its
 * content, a registration one from its code) is left as it is: importing a file again adds nothing.
 */
@Service
public class Importer {

  /** Longest line accepted. */
  public static final int MAX_LINE = 1 << 20;

  private static final Logger log = LoggerFactory.getLogger(Importer.class);

  private final LogFormat format;
  private final ObjectMapper store;
  private final DevelopmentLog developments;
  private final Directory directory;
  private final References references;
  private final Serializer eventSerializer;
  private final ImportProgress progress;
  private final WatchItemIntake watchItems;
  private final ImportWriter writer;
  private final long maxLines;

  public Importer(
      LogFormat format,
      @Qualifier("defaultAxonObjectMapper") ObjectMapper store,
      DevelopmentLog developments,
      Directory directory,
      References references,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      ImportProgress progress,
      WatchItemIntake watchItems,
      ImportWriter writer,
      SecuritySettings security) {
    this.format = format;
    this.store = store;
    this.developments = developments;
    this.directory = directory;
    this.references = references;
    this.eventSerializer = eventSerializer;
    this.progress = progress;
    this.watchItems = watchItems;
    this.writer = writer;
    this.maxLines = security.limits().importLines();
  }

  /**
   * Imports a file.
   *
   * @throws ImportRejected naming the bad lines (nothing written)
   * @throws ImportConflict when writing met a conflict (nothing written)
   */
  public ImportReport run(InputStream body) {
    Tracked tracked = progress.start();
    Path spool = null;
    try {
      spool = Files.createTempFile("tracker-import-", ".ndjson");
      long started = System.nanoTime();
      Errors errors = decide(body, spool, tracked);
      long decided = System.nanoTime();
      if (errors.forbidden != null) {
        tracked.finish(Phase.REJECTED, errors.forbidden.getMessage());
        throw errors.forbidden;
      }
      if (errors.count > 0) {
        ImportRejected rejected =
            new ImportRejected(
                errors.listed,
                errors.count,
                errors.badLines,
                tracked.lines.get(),
                errors.onlyConflicts());
        tracked.finish(Phase.REJECTED, rejected.getMessage());
        throw rejected;
      }
      tracked.phase = Phase.WRITING;
      writer.write(spool, tracked);
      tracked.finish(Phase.DONE, null);
      log.atInfo()
          .addKeyValue("import.id", tracked.id())
          .addKeyValue("import.validate_ms", (decided - started) / 1_000_000)
          .addKeyValue("import.write_ms", (System.nanoTime() - decided) / 1_000_000)
          .log(
              "import {} done in {} ms (validating {} ms, writing {} ms): {}",
              tracked.id(),
              (System.nanoTime() - started) / 1_000_000,
              (decided - started) / 1_000_000,
              (System.nanoTime() - decided) / 1_000_000,
              tracked.report());
      return tracked.report();
    } catch (ImportRejected e) {
      throw e;
    } catch (IOException e) {
      tracked.finish(Phase.FAILED, "the upload could not be read: " + e.getMessage());
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      tracked.finish(Phase.FAILED, e.getMessage());
      throw e;
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException e) {
          log.warn("could not delete the import spool {}", spool);
        }
      }
    }
  }

  /** The bad lines of a file: the first {@link ImportRejected#LISTED} problems, and counts. */
  private static final class Errors {
    final List<LineError> listed = new ArrayList<>();
    long count;
    long badLines;
    long conflicting;

    /** The first line the caller's role may not write, told as it is (nothing is written). */
    ImportForbidden forbidden;

    /** A line refused by a rule: a conflict with what is recorded, or bad input. */
    void add(long line, Refusal refusal) {
      if (refusal.category() == Refusal.Category.CONFLICT) {
        conflicting++;
      }
      if (refusal.category() == Refusal.Category.FORBIDDEN && forbidden == null) {
        forbidden = new ImportForbidden(line, refusal);
      }
      add(line, refusal.violations());
    }

    /** Every bad line conflicts with what is recorded (and none is malformed). */
    boolean onlyConflicts() {
      return conflicting == badLines;
    }

    void add(long line, List<FieldViolation> violations) {
      badLines++;
      for (FieldViolation v : violations) {
        count++;
        if (listed.size() < ImportRejected.LISTED) {
          listed.add(new LineError(line, v.field(), v.message()));
        }
      }
    }
  }

  /** Reads and decides every line, spooling what is decided; the bad lines are returned. */
  private Errors decide(InputStream body, Path spool, Tracked tracked) throws IOException {
    Errors errors = new Errors();
    try (BufferedWriter out = Files.newBufferedWriter(spool)) {
      ImportDecisions decisions =
          new ImportDecisions(
              developments,
              watchItems,
              store,
              eventSerializer,
              directory.actorKinds(),
              directory.documentIds(),
              references::documentDate,
              references.ladder(),
              Role.administratorNow(),
              entry -> spool(out, entry),
              tracked.unchanged::incrementAndGet,
              errors::add);
      Lines lines = new Lines(body, MAX_LINE);
      long number = 0;
      while (lines.next()) {
        number++;
        if (number > maxLines) {
          throw new ImportTooLarge(
              "the file has more than "
                  + maxLines
                  + " lines, the most one import takes;"
                  + " nothing was imported (split it: a file can be imported again safely)");
        }
        tracked.lines.set(number);
        if (lines.tooLong()) {
          errors.add(number, List.of(new FieldViolation("line", "is longer than 1 MiB")));
        } else if (lines.malformed()) {
          errors.add(number, List.of(new FieldViolation("line", "is not valid UTF-8")));
        } else if (!lines.current().isBlank()) {
          ImportLine line;
          try {
            line = format.read(number, lines.current());
          } catch (InvalidDevelopment e) {
            errors.add(number, e.violations());
            continue;
          } catch (InvalidWatchItem e) {
            errors.add(number, e.violations());
            continue;
          }
          decisions.decide(line);
        }
        if (number % 10_000 == 0) {
          log.info("import {}: {} lines validated", tracked.id(), number);
        }
      }
      decisions.finishChunk();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return errors;
  }

  private void spool(BufferedWriter out, Spooled entry) {
    try {
      out.write(store.writeValueAsString(entry));
      out.newLine();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not spool line " + entry.line(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
