package org.tracker.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracker.audit.chain.Chain.StoredEvent;

class ChainTest {

  private static final StoredEvent EVENT =
      new StoredEvent(
          7,
          "e-1",
          "a-1",
          "Development",
          0,
          "2026-11-29T19:00:00Z",
          "org.tracker.development.api.DevelopmentRecorded",
          "1",
          "{\"x\":1}",
          "{\"recordedBy\":\"ana\"}");

  @Test
  void everyStoredFieldChangesTheContentDigestButThePositionDoesNot() {
    List<StoredEvent> changed =
        List.of(
            EVENT,
            new StoredEvent(
                7,
                "e-2",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-2",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Other",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                1,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:01Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                "Other",
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "2",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":2}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "1",
                "{\"x\":1}",
                "{\"recordedBy\":\"bo\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                null,
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"),
            new StoredEvent(
                7,
                "e-1",
                "a-1",
                "Development",
                0,
                "2026-11-29T19:00:00Z",
                EVENT.payloadType(),
                "",
                "{\"x\":1}",
                "{\"recordedBy\":\"ana\"}"));
    Set<String> digests = new HashSet<>();
    changed.forEach(e -> digests.add(Chain.hex(Chain.content(e))));
    assertThat(digests).hasSize(changed.size());

    StoredEvent moved =
        new StoredEvent(
            8,
            "e-1",
            "a-1",
            "Development",
            0,
            "2026-11-29T19:00:00Z",
            EVENT.payloadType(),
            "1",
            "{\"x\":1}",
            "{\"recordedBy\":\"ana\"}");
    assertThat(Chain.content(moved)).isEqualTo(Chain.content(EVENT));
  }

  @Test
  void aSealsHashDependsOnThePreviousHashAndThePosition() {
    byte[] content = Chain.content(EVENT);
    byte[] first = Chain.link(Chain.GENESIS, 7, content);

    assertThat(Chain.link(Chain.GENESIS, 7, content)).isEqualTo(first);
    assertThat(Chain.link(Chain.GENESIS, 8, content)).isNotEqualTo(first);
    assertThat(Chain.link(first, 7, content)).isNotEqualTo(first);
    assertThat(Chain.hex(first)).hasSize(64);
  }
}
