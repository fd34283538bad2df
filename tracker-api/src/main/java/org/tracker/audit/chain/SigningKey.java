package org.tracker.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key pair checkpoints are signed with. The private key comes as PKCS#8 (base64, or a
 * PEM file); its public key is derived from it (the JDK derives an Ed25519 public key from the
 * 32-byte seed its key pair generator draws, so the generator is handed this key's seed).
 */
public record SigningKey(KeyPair pair) {

  /** The key in PKCS#8, base64 (a PEM's body, or the whole file; whitespace ignored). */
  public static SigningKey parse(String text) {
    String body =
        text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "").strip();
    try {
      byte[] der = Base64.getDecoder().decode(body);
      EdECPrivateKey key =
          (EdECPrivateKey)
              KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
      byte[] seed =
          key.getBytes().orElseThrow(() -> new IllegalArgumentException("the key has no seed"));
      return new SigningKey(fromSeed(seed));
    } catch (IllegalArgumentException | InvalidKeySpecException | ClassCastException e) {
      throw new IllegalArgumentException(
          "the checkpoint signing key is not an Ed25519 private key in PKCS#8, base64", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  /** Reads the key from a file (base64 or PEM). */
  public static SigningKey read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint signing key " + file, e);
    }
  }

  /** A new key, written to {@code file} (base64 PKCS#8, readable by its owner only). */
  public static SigningKey generateInto(Path file) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n",
          StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its own permissions apply
      }
      return new SigningKey(pair);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint signing key " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  public PublicKey publicKey() {
    return pair.getPublic();
  }

  /** The public key, X.509 (SubjectPublicKeyInfo), base64: what an auditor keeps. */
  public String publicKeyText() {
    return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
  }

  private static KeyPair fromSeed(byte[] seed) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(
        255,
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
          }
        });
    return generator.generateKeyPair();
  }
}
