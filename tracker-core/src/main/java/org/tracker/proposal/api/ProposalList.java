package org.tracker.proposal.api;

import java.util.List;

/** The answer to {@link ListProposals}: every proposal known, by id. */
public record ProposalList(List<ProposalView> proposals) {}
