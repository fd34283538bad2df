package org.tracker.infrastructure.axon;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tracker.shared.MetaDataKeys;

/**
 * Stamps every command with who records it and when; {@link AxonMessaging} carries the stamp onto
 * each event. The author is the signed-in user — never a value a client sends — or, for what
 * Tracker does by itself (loading its seed), a configured system name.
 */
@Component
public class Authorship {

  /**
   * @param systemAuthor the author of what Tracker records by itself, with nobody signed in
   */
  @ConfigurationProperties("tracker.authorship")
  public record Settings(@DefaultValue("tracker") String systemAuthor) {}

  private final Settings settings;
  private final Clock clock;

  public Authorship(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Who is acting now: the authenticated user, else Tracker itself. */
  public String author() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      return settings.systemAuthor();
    }
    return user.getName();
  }

  /** Who records, and when: the metadata every stored event carries. */
  public Map<String, Object> metaData() {
    Map<String, Object> metaData = new HashMap<>();
    metaData.put(MetaDataKeys.RECORDED_BY, author());
    metaData.put(MetaDataKeys.RECORDED_AT, clock.instant().toString());
    return metaData;
  }

  /** The command, with author and time (and any extra entries) as metadata. */
  public CommandMessage<?> stamp(Object command, Map<String, ?> extra) {
    Map<String, Object> metaData = metaData();
    metaData.putAll(extra);
    return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
  }

  public CommandMessage<?> stamp(Object command) {
    return stamp(command, Map.of());
  }
}
