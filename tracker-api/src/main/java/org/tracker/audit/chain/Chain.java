package org.tracker.audit.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the log (ADR 0019), in one place for the writer, the verifier and the command
 * line. An event's <em>content</em> digest is SHA-256 over every stored field but its position —
 * event id, aggregate id and type, sequence number, recording time, payload type and revision,
 * payload and metadata, each length-prefixed — and its seal's hash is SHA-256 over the previous
 * seal's hash, the position and that digest. The first seal's previous hash is 32 zeros.
 */
public final class Chain {

  /** The previous hash of the first seal. */
  public static final byte[] GENESIS = new byte[32];

  private static final byte[] CONTENT_TAG = "tracker-event-v1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] LINK_TAG = "tracker-seal-v1".getBytes(StandardCharsets.UTF_8);

  private Chain() {}

  /** One row of {@code domain_event_entry}, as stored. */
  public record StoredEvent(
      long position,
      String eventId,
      String aggregateId,
      String aggregateType,
      long sequence,
      String timestamp,
      String payloadType,
      String payloadRevision,
      String payload,
      String metaData) {}

  /** The columns a {@link StoredEvent} is read from, in its order. */
  public static final String COLUMNS =
      "global_index, event_identifier, aggregate_identifier, type, sequence_number, time_stamp,"
          + " payload_type, payload_revision, payload, meta_data";

  /** The digest of an event's stored fields, its position excepted. */
  public static byte[] content(StoredEvent event) {
    MessageDigest sha = sha256();
    sha.update(CONTENT_TAG);
    text(sha, event.eventId());
    text(sha, event.aggregateId());
    text(sha, event.aggregateType());
    sha.update(ByteBuffer.allocate(8).putLong(event.sequence()).array());
    text(sha, event.timestamp());
    text(sha, event.payloadType());
    text(sha, event.payloadRevision());
    text(sha, event.payload());
    text(sha, event.metaData());
    return sha.digest();
  }

  /** A seal's hash: the previous seal's hash, this position and the event's content digest. */
  public static byte[] link(byte[] previous, long position, byte[] content) {
    MessageDigest sha = sha256();
    sha.update(LINK_TAG);
    sha.update(previous);
    sha.update(ByteBuffer.allocate(8).putLong(position).array());
    sha.update(content);
    return sha.digest();
  }

  public static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  /** A null and an empty text hash differently: a null is length -1. */
  private static void text(MessageDigest sha, String value) {
    if (value == null) {
      sha.update(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
