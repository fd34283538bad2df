package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a development about a proposal says of it: its id and, when made, its title and where it was
 * put forward (null when not said).
 */
public record ProposalRef(String proposalId, String title, String titleEn, String place)
    implements Terms {

  @Override
  public String subject() {
    return proposalId;
  }

  @Override
  public List<String> searchable() {
    return Stream.of(title, titleEn, place).filter(Objects::nonNull).toList();
  }
}
