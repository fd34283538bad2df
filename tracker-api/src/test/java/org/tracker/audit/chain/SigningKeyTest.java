package org.tracker.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

  /** Made with {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}. */
  private static final String PRIVATE_KEY =
      "MC4CAQAwBQYDK2VwBCIEIE0kA2s1FLF21uUhBI3v9p0jvouzChy+8TBVftkthRpQ";

  /** What {@code openssl pkey -pubout} derives from it. */
  private static final String PUBLIC_KEY =
      "MCowBQYDK2VwAyEAwGrnoJR906DBDkBUzMQWkoGN98CvjVfiI5zyIqfXBlY=";

  @Test
  void thePublicKeyIsDerivedFromThePrivateOneAsOpensslDoes() {
    assertThat(SigningKey.parse(PRIVATE_KEY).publicKeyText()).isEqualTo(PUBLIC_KEY);
  }

  @Test
  void aPemFileIsReadAsWell(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("key.pem");
    Files.writeString(
        file, "-----BEGIN PRIVATE KEY-----\n" + PRIVATE_KEY + "\n-----END PRIVATE KEY-----\n");

    assertThat(SigningKey.read(file).publicKeyText()).isEqualTo(PUBLIC_KEY);
  }

  @Test
  void whatItSignsItsPublicKeyVerifies() throws Exception {
    SigningKey key = SigningKey.parse(PRIVATE_KEY);
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.pair().getPrivate());
    signer.update(new byte[] {1, 2, 3});
    byte[] signature = signer.sign();

    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key.publicKey());
    verifier.update(new byte[] {1, 2, 3});
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void aGeneratedKeyIsWrittenSoTheNextStartReadsTheSameOne(@TempDir Path dir) {
    Path file = dir.resolve("data").resolve("checkpoint-signing-key");

    SigningKey generated = SigningKey.generateInto(file);

    assertThat(SigningKey.read(file).publicKeyText()).isEqualTo(generated.publicKeyText());
  }

  @Test
  void somethingElseIsRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> SigningKey.parse("not a key"))
        .hasMessageContaining("Ed25519 private key in PKCS#8, base64");
  }
}
