package org.tracker.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tracker.development.api.References;
import org.tracker.shared.ActorCode;
import org.tracker.testing.TrackerIntegrationTest;

/**
 * Whether an actor is registered is asked before every recording; a committed "yes" is remembered
 * (registrations are never removed), a "yes" seen inside a transaction that rolls back is not. The
 * rows here are written and removed behind Tracker's back only to observe which answers are
 * remembered: Tracker itself never removes a registration.
 */
@TrackerIntegrationTest
class RegisteredKeysIT {

  @Autowired References references;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aCommittedRegistrationIsRememberedAndAnAbsentOneIsAskedAgain() {
    ActorCode code = freshCode();
    assertThat(references.actorExists(code)).isFalse();

    insertActor(code);
    assertThat(references.actorExists(code)).as("a no is asked again").isTrue();

    deleteActor(code);
    assertThat(references.actorExists(code)).as("a committed yes is remembered").isTrue();
  }

  @Test
  void aYesSeenInsideATransactionThatRollsBackIsNotRemembered() {
    ActorCode code = freshCode();
    transactions.executeWithoutResult(
        status -> {
          insertActor(code);
          assertThat(references.actorExists(code)).isTrue();
          status.setRollbackOnly();
        });
    assertThat(references.actorExists(code)).isFalse();
  }

  private static ActorCode freshCode() {
    return ActorCode.of(
        "Q"
            + Integer.toString(ThreadLocalRandom.current().nextInt(46656, 1679615), 36)
                .toUpperCase());
  }

  private void insertActor(ActorCode code) {
    jdbc.sql(
            "INSERT INTO actor (code, kind, name_en, name_zh_hant, development_id)"
                + " VALUES (?, 'STATE', 'Test', 'Test', ?)")
        .param(code.code())
        .param(UUID.randomUUID())
        .update();
  }

  private void deleteActor(ActorCode code) {
    jdbc.sql("DELETE FROM actor WHERE code = ?").param(code.code()).update();
  }
}
