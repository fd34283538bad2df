package org.tracker.audit.chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Service;
import org.tracker.infrastructure.database.DatabaseProperties;
import org.tracker.shared.Refusal;

/**
 * The chain for auditors: verifying it, and signing and checking checkpoints of its head (ADR
 * 0019). The signing key is {@code tracker.audit.signing-key} or {@code …-file}; with neither, the
 * embedded default makes one in its data directory (and says so), and an external database has
 * none: checkpoints are then refused, never signed with a key made up on the spot.
 */
@Service
public class AuditChain {

  private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
  static final String GENERATED_KEY_FILE = "checkpoint-signing-key";

  private final DataSource dataSource;
  private final Clock clock;
  private final Optional<SigningKey> key;

  public AuditChain(
      DataSource dataSource, Clock clock, ChainSettings settings, DatabaseProperties database) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.key = key(settings, database);
  }

  /** Recomputes the whole chain. */
  public Verification verify() {
    return verify(Long.MAX_VALUE);
  }

  private Verification verify(long upTo) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      return new ChainVerifier(clock).verify(c, upTo);
    } catch (SQLException e) {
      throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("verify", null, e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** The head of a chain that holds, signed. */
  public Checkpoint checkpoint() {
    SigningKey signer = key.orElseThrow(NoSigningKey::new);
    Verification verification = verify();
    if (!verification.holds()) {
      throw new ChainBroken(verification.breaksAt());
    }
    if (verification.count() == 0) {
      throw new ChainBroken("nothing is sealed yet: there is no head to sign");
    }
    long position = verification.head().position();
    String hash = verification.head().hash();
    var signedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    try {
      Signature signature = Signature.getInstance(Checkpoint.ALGORITHM);
      signature.initSign(signer.pair().getPrivate());
      signature.update(Checkpoint.message(position, hash, signedAt));
      return new Checkpoint(
          position,
          hash,
          signedAt,
          Checkpoint.ALGORITHM,
          signer.publicKeyText(),
          Base64.getEncoder().encodeToString(signature.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with Ed25519", e);
    }
  }

  /** Whether the checkpoint's signature is this instance's and the log still has it. */
  public CheckpointCheck check(Checkpoint checkpoint) {
    SigningKey signer = key.orElseThrow(NoSigningKey::new);
    boolean signed = signedBy(signer, checkpoint);
    Verification verification = verify(checkpoint.position());
    boolean matches =
        verification.holds()
            && verification.head().position() == checkpoint.position()
            && verification.head().hash().equalsIgnoreCase(checkpoint.hash());
    String detail;
    if (!signed) {
      detail = "the signature is not this instance's key's over the checkpoint's fields";
    } else if (!verification.holds()) {
      detail = "the log breaks below the checkpoint: " + verification.breaksAt().detail();
    } else if (!matches) {
      detail =
          "the log's hash at position "
              + checkpoint.position()
              + " is not the checkpoint's (its chain was rewritten, or that position is not"
              + " sealed)";
    } else {
      detail =
          "the checkpoint holds: the log up to position " + checkpoint.position() + " is as signed";
    }
    return new CheckpointCheck(signed && matches, signed, matches, detail, verification.breaksAt());
  }

  private static boolean signedBy(SigningKey signer, Checkpoint checkpoint) {
    if (checkpoint.publicKey() != null && !checkpoint.publicKey().equals(signer.publicKeyText())) {
      return false;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(checkpoint.signature());
      Signature signature = Signature.getInstance(Checkpoint.ALGORITHM);
      signature.initVerify(signer.publicKey());
      signature.update(checkpoint.message());
      return signature.verify(bytes);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private static Optional<SigningKey> key(ChainSettings settings, DatabaseProperties database) {
    if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
      return Optional.of(SigningKey.parse(settings.signingKey()));
    }
    if (settings.signingKeyFile() != null && !settings.signingKeyFile().toString().isBlank()) {
      return Optional.of(SigningKey.read(settings.signingKeyFile()));
    }
    if (database.isExternal()) {
      log.info(
          "no checkpoint signing key is configured (tracker.audit.signing-key): checkpoints are"
              + " refused until one is");
      return Optional.empty();
    }
    Path file = database.dataDir().resolve(GENERATED_KEY_FILE);
    if (Files.exists(file)) {
      return Optional.of(SigningKey.read(file));
    }
    SigningKey generated = SigningKey.generateInto(file);
    log.warn(
        "generated a checkpoint signing key for the embedded database in {}; its public key is {}"
            + " (set tracker.audit.signing-key to use your own)",
        file.toAbsolutePath(),
        generated.publicKeyText());
    return Optional.of(generated);
  }

  /** A checkpoint asked of a chain that does not hold (or has nothing sealed). */
  public static class ChainBroken extends Refusal {
    ChainBroken(Verification.Break at) {
      this(
          "the chain breaks at position " + at.position() + " (" + at.kind() + "): " + at.detail());
    }

    ChainBroken(String detail) {
      super(Category.RULE_VIOLATED, detail);
    }
  }
}
