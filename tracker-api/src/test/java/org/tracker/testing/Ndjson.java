package org.tracker.testing;

import java.util.ArrayList;
import java.util.List;

/** Builds NDJSON import files line by line. */
public final class Ndjson {

  private final List<String> lines = new ArrayList<>();

  public Ndjson actor(String code) {
    return line(
        """
        {"type":"ACTOR_REGISTERED","attributes":{"code":"%s","kind":"ORGANIZATION",\
        "name":{"en":"Actor %s","zh-Hant":"行為者 %s"}}}"""
            .formatted(code, code, code));
  }

  public Ndjson document(String id) {
    return line(
        """
        {"type":"DOCUMENT_REGISTERED","attributes":{"documentId":"%s","title":"Source %s",\
        "language":"zh-Hant"}}"""
            .formatted(id, id));
  }

  /** A partnership; {@code id} may be null (the import derives one from the content). */
  public Ndjson partnership(String id, String a, String b, String level, String date, String doc) {
    return line(
        """
        {%s"type":"PARTNERSHIP_ESTABLISHED","date":"%s","actors":["%s","%s"],\
        "attributes":{"level":"%s","label":"夥伴關係 %s"},"summary":{"en":"%s and %s partner",\
        "zh-Hant":"建立夥伴關係"},"sources":[{"document":"%s","locator":"¶%s","quote":"夥伴"}]}"""
            .formatted(
                id == null ? "" : "\"id\":\"" + id + "\",",
                date,
                a,
                b,
                level,
                date,
                a,
                b,
                doc,
                lines.size()));
  }

  public Ndjson visit(String id, String from, String to, String date, String doc) {
    return line(
        """
        {"id":"%s","type":"VISIT","date":"%s","actors":["%s","%s"],"attributes":{"level":"STATE"},\
        "summary":{"en":"%s visits %s","zh-Hant":"國事訪問"},\
        "sources":[{"document":"%s","locator":"p. %d"}]}"""
            .formatted(id, date, from, to, from, to, doc, lines.size()));
  }

  public Ndjson correction(
      String of, int version, String a, String b, String level, String date, String doc) {
    return line(
        """
        {"correctionOf":"%s","version":%d,"reason":"source re-read","type":"PARTNERSHIP_ESTABLISHED",\
        "date":"%s","actors":["%s","%s"],"attributes":{"level":"%s","label":"更正"},\
        "summary":{"en":"corrected"},"sources":[{"document":"%s","locator":"¶1"}]}"""
            .formatted(of, version, date, a, b, level, doc));
  }

  public Ndjson retraction(String of) {
    return line(
        "{\"retractionOf\":\"%s\",\"reason\":\"duplicate of another entry\"}".formatted(of));
  }

  public Ndjson line(String line) {
    lines.add(line);
    return this;
  }

  /** Replaces line {@code number} (from 1). */
  public Ndjson replace(int number, String line) {
    lines.set(number - 1, line);
    return this;
  }

  public int size() {
    return lines.size();
  }

  @Override
  public String toString() {
    return String.join("\n", lines) + "\n";
  }
}
