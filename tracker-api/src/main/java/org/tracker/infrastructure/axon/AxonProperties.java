package org.tracker.infrastructure.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event store and token settings.
 *
 * @param claimTimeout after how long another node may take over a silent node's segments
 * @param gaps how the event store treats gaps in the global index (failed appends burn numbers)
 */
@ConfigurationProperties("tracker.axon")
public record AxonProperties(@DefaultValue("10s") Duration claimTimeout, @DefaultValue Gaps gaps) {

  /**
   * @param timeoutMillis how long a gap is waited for before it is treated as never filled
   * @param maxOffset how far behind the head gaps are tracked
   * @param cleaningThreshold how many gaps trigger a clean-up
   */
  public record Gaps(
      @DefaultValue("60000") int timeoutMillis,
      @DefaultValue("10000") int maxOffset,
      @DefaultValue("250") int cleaningThreshold) {}
}
