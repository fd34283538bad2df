package org.tracker.shared;

/**
 * A state as of a day: since when (the partial date of the development that set it), how sure, and
 * which development that was.
 */
public record Dated<T>(T value, String since, Certainty certainty, String basis) {}
