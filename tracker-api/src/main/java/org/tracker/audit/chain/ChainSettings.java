package org.tracker.audit.chain;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hash chain's settings (ADR 0019, docs/operations.md).
 *
 * @param sealing whether this instance runs the chain writer (one instance seals at a time anyway)
 * @param sealInterval how long the writer rests between rounds once it has caught up
 * @param sealBatch how many events it seals per transaction
 * @param gapSettle how long a missing position may stay undecided (appends keep overlapping) before
 *     the writer queues for the append lock, for at most {@link ChainWriter#PATIENCE}
 * @param signingKey the checkpoint signing key: an Ed25519 private key, PKCS#8, base64 ({@code
 *     TRACKER_AUDIT_SIGNING_KEY}); never logged
 * @param signingKeyFile a file holding that key (base64 or PEM), when {@code signingKey} is empty
 */
@ConfigurationProperties("tracker.audit")
public record ChainSettings(
    @DefaultValue("true") boolean sealing,
    @DefaultValue("500ms") Duration sealInterval,
    @DefaultValue("1000") int sealBatch,
    @DefaultValue("5s") Duration gapSettle,
    String signingKey,
    Path signingKeyFile) {}
