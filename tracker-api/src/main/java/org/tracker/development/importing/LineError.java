package org.tracker.development.importing;

/** What is wrong with one line of an import: its number (from 1), the field and why. */
public record LineError(long line, String field, String message) {}
