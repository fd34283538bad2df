package org.tracker.development;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

class DevelopmentTest {

  private AggregateTestFixture<Development> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Development.class);
  }

  @Test
  void recordingADevelopmentAppendsItWithItsContent() {
    DevelopmentId id = new DevelopmentId(UUID.randomUUID());
    DevelopmentContent partnership =
        new DevelopmentContent(
            DevelopmentType.PARTNERSHIP_ESTABLISHED,
            PartialDate.parse("2013-09"),
            List.of(ActorCode.of("CHN"), ActorCode.of("TKM")),
            Map.of("level", "STRATEGIC_PARTNERSHIP", "label", "戰略夥伴關係"),
            new LocalizedText("China and Turkmenistan become strategic partners", null),
            List.of(new Citation("seed-article", "§2 ¶1", "戰略夥伴關係")));

    fixture
        .givenNoPriorActivity()
        .when(new RecordDevelopment(id, partnership))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new DevelopmentRecorded(id, partnership));
  }
}
