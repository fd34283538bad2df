package org.tracker.audit.chain;

import org.tracker.shared.Refusal;

/** Checkpoints asked for where no signing key is configured. */
public class NoSigningKey extends Refusal {

  public NoSigningKey() {
    super(
        Category.RULE_VIOLATED,
        "no checkpoint signing key is configured: set tracker.audit.signing-key"
            + " (TRACKER_AUDIT_SIGNING_KEY, an Ed25519 private key in PKCS#8, base64) or"
            + " tracker.audit.signing-key-file (docs/operations.md)");
  }
}
