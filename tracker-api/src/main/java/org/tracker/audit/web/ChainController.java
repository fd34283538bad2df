package org.tracker.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tracker.audit.chain.AuditChain;
import org.tracker.audit.chain.Checkpoint;
import org.tracker.audit.chain.CheckpointCheck;
import org.tracker.audit.chain.Verification;
import org.tracker.infrastructure.web.BadRequest;
import org.tracker.shared.FieldViolation;

/** The hash chain over the log, for auditors (ADR 0019). */
@RestController
@Tag(name = "Audit")
public class ChainController {

  private final AuditChain chain;

  public ChainController(AuditChain chain) {
    this.chain = chain;
  }

  @Operation(
      summary =
          "Recomputes the hash chain over the log: when it holds, the head (position, hash), how"
              + " many seals and the unsealed tail; when it breaks, the first position and how"
              + " (PAYLOAD_CHANGED, ROW_MISSING, ORDER_CHANGED, ROW_ADDED, SEAL_CHANGED)")
  @GetMapping("/api/audit/verify")
  public Verification verify() {
    return chain.verify();
  }

  @Operation(
      summary =
          "The chain's head hash at its position, signed with this instance's Ed25519 key: keep it"
              + " outside Tracker to prove later that the log below it was not rewritten")
  @PostMapping("/api/audit/checkpoints")
  public Checkpoint checkpoint() {
    return chain.checkpoint();
  }

  /** A checkpoint as it was handed out; algorithm and publicKey may be left out. */
  public record CheckpointRequest(
      Long position,
      String hash,
      Instant signedAt,
      String algorithm,
      String publicKey,
      String signature) {}

  @Operation(
      summary =
          "Whether a checkpoint holds: its signature is this instance's key's, and the log still"
              + " verifies up to its position with its hash there")
  @PostMapping("/api/audit/checkpoints/verify")
  public CheckpointCheck check(@RequestBody CheckpointRequest request) {
    List<FieldViolation> wrong = new ArrayList<>();
    if (request.position() == null || request.position() < 1) {
      wrong.add(new FieldViolation("position", "must be a sealed position (1 or more)"));
    }
    if (request.hash() == null || !request.hash().matches("[0-9a-fA-F]{64}")) {
      wrong.add(new FieldViolation("hash", "must be a SHA-256 hash, 64 hexadecimal digits"));
    }
    if (request.signedAt() == null) {
      wrong.add(new FieldViolation("signedAt", "must be the checkpoint's signing time"));
    }
    if (request.algorithm() != null && !request.algorithm().equals(Checkpoint.ALGORITHM)) {
      wrong.add(new FieldViolation("algorithm", "must be " + Checkpoint.ALGORITHM));
    }
    if (request.signature() == null || !base64(request.signature())) {
      wrong.add(new FieldViolation("signature", "must be the checkpoint's signature, base64"));
    }
    if (!wrong.isEmpty()) {
      throw new BadRequest(wrong);
    }
    return chain.check(
        new Checkpoint(
            request.position(),
            request.hash(),
            request.signedAt(),
            Checkpoint.ALGORITHM,
            request.publicKey(),
            request.signature()));
  }

  private static boolean base64(String text) {
    try {
      Base64.getDecoder().decode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
