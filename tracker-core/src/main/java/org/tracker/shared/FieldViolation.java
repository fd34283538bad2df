package org.tracker.shared;

/** One thing wrong with an input: the field's path (e.g. {@code attributes.level}) and why. */
public record FieldViolation(String field, String message) {}
