package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a development comes from: a registered document, a locator in it (page, section and
 * paragraph, footnote) and, where there is one, the verbatim quote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String document, String locator, String quote) {}
