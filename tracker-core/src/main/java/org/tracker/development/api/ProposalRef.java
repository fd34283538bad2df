package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** What a development about a proposal says of it: its id and, when made, its title. */
public record ProposalRef(String proposalId, String title, String titleEn) implements Terms {

  @Override
  public String subject() {
    return proposalId;
  }

  @Override
  public List<String> searchable() {
    return Stream.of(title, titleEn).filter(Objects::nonNull).toList();
  }
}
