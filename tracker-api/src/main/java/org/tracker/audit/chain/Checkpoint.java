package org.tracker.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The chain's hash at a position, signed (Ed25519): what an auditor keeps outside Tracker to prove
 * later that the log below it was not rewritten.
 *
 * @param position the sealed position
 * @param hash its seal's hash (hex)
 * @param signedAt when it was signed
 * @param algorithm always {@code Ed25519}
 * @param publicKey the signer's public key, X.509, base64
 * @param signature the signature of {@link #message()}, base64
 */
public record Checkpoint(
    long position,
    String hash,
    Instant signedAt,
    String algorithm,
    String publicKey,
    String signature) {

  public static final String ALGORITHM = "Ed25519";

  /**
   * The bytes signed: {@code tracker-checkpoint-v1}, the position, the hash and the time, one a
   * line (UTF-8, each line ending in a newline) — so {@code openssl pkeyutl -verify -rawin} checks
   * it too (docs/operations.md).
   */
  public byte[] message() {
    return message(position, hash, signedAt);
  }

  static byte[] message(long position, String hash, Instant signedAt) {
    return ("tracker-checkpoint-v1\n" + position + "\n" + hash + "\n" + signedAt + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
