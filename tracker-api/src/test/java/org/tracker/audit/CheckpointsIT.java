package org.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tracker.testing.Api;

/**
 * Signed checkpoints of the chain's head (ADR 0019): one that holds, forged ones, one the log no
 * longer matches, and none without a key.
 */
class CheckpointsIT extends OnAFreshDatabase {

  @Test
  void aSignedCheckpointHoldsAndAForgedOneDoesNot() throws Exception {
    start();
    long[] positions = sealedLog();

    Api.Response signed = auditor.post("/api/audit/checkpoints", "");
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    JsonNode checkpoint = signed.json();
    assertThat(checkpoint.path("position").asLong()).isEqualTo(positions[positions.length - 1]);
    assertThat(checkpoint.path("algorithm").asText()).isEqualTo("Ed25519");

    JsonNode holds = check(checkpoint);
    assertThat(holds.path("holds").asBoolean()).as(holds.toString()).isTrue();
    assertThat(holds.path("signatureValid").asBoolean()).isTrue();
    assertThat(holds.path("logMatches").asBoolean()).isTrue();

    String hash = checkpoint.path("hash").asText();
    JsonNode otherHash =
        check(
            ((ObjectNode) checkpoint.deepCopy())
                .put("hash", (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1)));
    assertThat(otherHash.path("holds").asBoolean()).isFalse();
    assertThat(otherHash.path("signatureValid").asBoolean()).isFalse();
    assertThat(otherHash.path("logMatches").asBoolean()).isFalse();

    byte[] signature = java.util.Base64.getDecoder().decode(checkpoint.path("signature").asText());
    signature[10] ^= 1;
    JsonNode otherSignature =
        check(
            ((ObjectNode) checkpoint.deepCopy())
                .put("signature", java.util.Base64.getEncoder().encodeToString(signature)));
    assertThat(otherSignature.path("holds").asBoolean()).isFalse();
    assertThat(otherSignature.path("signatureValid").asBoolean()).isFalse();
    assertThat(otherSignature.path("logMatches").asBoolean()).isTrue();

    JsonNode earlier = check(((ObjectNode) checkpoint.deepCopy()).put("position", positions[1]));
    assertThat(earlier.path("holds").asBoolean()).isFalse();
    assertThat(earlier.path("signatureValid").asBoolean()).isFalse();
  }

  @Test
  void aCheckpointNoLongerHoldsOnceTheLogBelowItIsChanged() throws Exception {
    start();
    long[] positions = sealedLog();
    JsonNode checkpoint = auditor.post("/api/audit/checkpoints", "").json();

    tamper(
        "UPDATE domain_event_entry SET payload = replace(payload, 'become partners',"
            + " 'become rivals') WHERE global_index = "
            + positions[3]);

    JsonNode check = check(checkpoint);
    assertThat(check.path("holds").asBoolean()).isFalse();
    assertThat(check.path("signatureValid").asBoolean()).isTrue();
    assertThat(check.path("logMatches").asBoolean()).isFalse();
    assertThat(check.path("breaksAt").path("position").asLong()).isEqualTo(positions[3]);
    Api.Response refused = auditor.post("/api/audit/checkpoints", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText())
        .contains("position " + positions[3])
        .contains("PAYLOAD_CHANGED");
  }

  @Test
  void withoutASigningKeyCheckpointsAreRefusedSayingWhichSettingIsMissing() {
    start("--tracker.audit.signing-key=");
    sealedLog();

    Api.Response refused = auditor.post("/api/audit/checkpoints", "");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("detail").asText()).contains("tracker.audit.signing-key");
    assertThat(auditor.get("/api/audit/verify").json().path("holds").asBoolean()).isTrue();
  }

  @Test
  void aCheckpointMissingItsFieldsIsRefusedNamingEachOne() {
    start();

    Api.Response refused =
        auditor.post("/api/audit/checkpoints/verify", "{\"hash\": \"abc\", \"signature\": \"*\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors"))
        .extracting(e -> e.path("field").asText())
        .containsExactlyInAnyOrder("position", "hash", "signedAt", "signature");
  }

  private JsonNode check(JsonNode checkpoint) {
    Api.Response response = auditor.post("/api/audit/checkpoints/verify", checkpoint.toString());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }
}
