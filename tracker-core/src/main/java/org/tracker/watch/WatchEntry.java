package org.tracker.watch;

import java.time.Instant;
import org.tracker.watch.api.WatchItemEvent;

/** One stored event of a watch item's stream: its place, and who recorded it when. */
public record WatchEntry(
    long sequence, WatchItemEvent event, Instant recordedAt, String recordedBy) {}
