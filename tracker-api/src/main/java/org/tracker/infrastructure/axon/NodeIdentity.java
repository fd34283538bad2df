package org.tracker.infrastructure.axon;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's name as owner of token claims: {@code TRACKER_NODE_ID}, else the process ({@code
 * pid@host}) and a random suffix, so two instances never share claims even in one JVM.
 */
@Component
public class NodeIdentity {

  private final String id;

  public NodeIdentity(@Value("${tracker.node-id:}") String configured) {
    this.id =
        configured == null || configured.isBlank()
            ? ManagementFactory.getRuntimeMXBean().getName()
                + "/"
                + UUID.randomUUID().toString().substring(0, 8)
            : configured;
  }

  public String id() {
    return id;
  }
}
