package org.tracker.development.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentRevision;
import org.tracker.development.api.SourceView;
import org.tracker.shared.DateQualifier;
import org.tracker.shared.LocalizedText;

/**
 * A development as the API shows it: its content as now known (latest version), whether it is
 * retracted, who first recorded it when, and its full history of revisions, read from the log — or,
 * for whoever may not read past knowledge, its current version only ({@link #current}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentView(
    String id,
    String type,
    String date,
    List<String> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<SourceView> sources,
    int version,
    boolean retracted,
    Instant recordedAt,
    String recordedBy,
    List<RevisionView> history) {

  /** How the source hedged the date (see {@link DateQualifier}); absent when it did not. */
  @JsonProperty("dateQualifier")
  public DateQualifier dateQualifier() {
    return DateQualifier.of(date);
  }

  /** One revision: what it did, to which version, why, who and when, and that version's content. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RevisionView(
      String kind,
      int version,
      String reason,
      Instant recordedAt,
      String recordedBy,
      String type,
      String date,
      List<String> actors,
      Map<String, Object> attributes,
      LocalizedText summary,
      List<SourceView> sources) {

    /** How the source hedged the date (see {@link DateQualifier}); absent when it did not. */
    @JsonProperty("dateQualifier")
    public DateQualifier dateQualifier() {
      return DateQualifier.of(date);
    }

    static RevisionView of(DevelopmentRevision r, Map<String, String> reliabilities) {
      DevelopmentContent c = r.content();
      return new RevisionView(
          r.kind().name(),
          r.version(),
          r.reason(),
          r.recordedAt(),
          r.recordedBy(),
          c == null ? null : c.type().name(),
          c == null ? null : dateOf(c),
          c == null ? null : actorsOf(c),
          c == null ? null : c.attributes(),
          c == null ? null : c.summary(),
          c == null ? null : SourceView.of(c.sources(), reliabilities));
    }
  }

  /**
   * The view of a development, each source with its document's reliability from {@code
   * reliabilities} (by document id).
   */
  static DevelopmentView of(DevelopmentHistory d, Map<String, String> reliabilities) {
    return view(
        d,
        reliabilities,
        d.retracted(),
        d.first().recordedBy(),
        d.revisions().stream().map(r -> RevisionView.of(r, reliabilities)).toList());
  }

  /**
   * The development as it stands now and nothing of its past: its current content and version, when
   * it was first recorded — no earlier versions, reasons or authors (docs/security.md: what a
   * VIEWER sees). Not for a retracted development, which is not current.
   */
  static DevelopmentView current(DevelopmentHistory d, Map<String, String> reliabilities) {
    if (d.retracted()) {
      throw new IllegalArgumentException("a retracted development has no current version");
    }
    return view(d, reliabilities, false, null, null);
  }

  private static DevelopmentView view(
      DevelopmentHistory d,
      Map<String, String> reliabilities,
      boolean retracted,
      String recordedBy,
      List<RevisionView> history) {
    DevelopmentContent c = d.current();
    return new DevelopmentView(
        d.id().toString(),
        c.type().name(),
        dateOf(c),
        actorsOf(c),
        c.attributes(),
        c.summary(),
        SourceView.of(c.sources(), reliabilities),
        d.version(),
        retracted,
        d.first().recordedAt(),
        recordedBy,
        history);
  }

  /** Every document the development's versions cite. */
  static Set<String> documentsCited(DevelopmentHistory d) {
    Set<String> documents = new HashSet<>();
    for (DevelopmentRevision r : d.revisions()) {
      if (r.content() != null) {
        documents.addAll(documentsCited(r.content()));
      }
    }
    return documents;
  }

  /** Every document one version cites. */
  static Set<String> documentsCited(DevelopmentContent c) {
    Set<String> documents = new HashSet<>();
    c.sources().forEach(source -> documents.add(source.document()));
    documents.remove(null);
    return documents;
  }

  private static String dateOf(DevelopmentContent c) {
    return c.date() == null ? null : c.date().toString();
  }

  private static List<String> actorsOf(DevelopmentContent c) {
    return c.actors().stream().map(Object::toString).toList();
  }
}
