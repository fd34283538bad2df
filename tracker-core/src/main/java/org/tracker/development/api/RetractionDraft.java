package org.tracker.development.api;

/** Why a development is withdrawn. */
public record RetractionDraft(String reason) {}
