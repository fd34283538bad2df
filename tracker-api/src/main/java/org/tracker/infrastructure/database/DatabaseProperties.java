package org.tracker.infrastructure.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which PostgreSQL Tracker uses. With {@code url} set, that server; without it, an embedded
 * PostgreSQL 15 whose data lives in {@code dataDir}.
 *
 * @param url JDBC URL of an external server ({@code TRACKER_DB_URL}); blank for embedded
 * @param user the user the application connects as ({@code TRACKER_DB_USER})
 * @param password its password ({@code TRACKER_DB_PASSWORD}); never logged
 * @param ownerUser the user that owns the tables and runs the migrations, used only by Flyway at
 *     start ({@code TRACKER_DB_OWNER_USER}); blank: the migrations run as {@code user}, which then
 *     has the owner's rights (ADR 0020)
 * @param ownerPassword its password ({@code TRACKER_DB_OWNER_PASSWORD}); never logged
 * @param dataDir where the embedded server keeps its data ({@code TRACKER_DATA_DIR})
 * @param embeddedPort the embedded server's port; 0 picks a free one
 * @param connectionTimeout how long a request waits for a connection before it is answered 503 (the
 *     database is down or every connection is busy)
 */
@ConfigurationProperties("tracker.db")
public record DatabaseProperties(
    String url,
    String user,
    String password,
    String ownerUser,
    String ownerPassword,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("0") int embeddedPort,
    @DefaultValue("5s") java.time.Duration connectionTimeout) {

  public boolean isExternal() {
    return url != null && !url.isBlank();
  }

  /** Whether migrations run under a credential of their own. */
  public boolean hasOwner() {
    return ownerUser != null && !ownerUser.isBlank();
  }
}
