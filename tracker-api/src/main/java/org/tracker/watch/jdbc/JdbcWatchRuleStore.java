package org.tracker.watch.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tracker.development.api.DevelopmentId;
import org.tracker.infrastructure.database.JsonColumn;
import org.tracker.watch.WatchRuleStore;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchRule;

/**
 * The rule matcher's tables (migrations/V012). The active rules are read once per unit of work (a
 * batch of events), not once per development: a bulk import stays cheap to watch.
 */
@Repository
public class JdbcWatchRuleStore implements WatchRuleStore {

  private static final String RULES = JdbcWatchRuleStore.class.getName() + ".rules";

  private final JdbcTemplate jdbc;
  private final JsonColumn<WatchRule> rules;

  public JdbcWatchRuleStore(
      DataSource dataSource, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.rules = new JsonColumn<>(json, WatchRule.class);
  }

  @Override
  public void watch(WatchItemId id, WatchRule rule, long openedAt) {
    jdbc.update(
        "INSERT INTO watch_rule (item_id, rule, opened_at, active) VALUES (?, ?, ?, true)"
            + " ON CONFLICT (item_id) DO NOTHING",
        id.value(),
        rules.write(rule),
        openedAt);
    forgetRules();
  }

  @Override
  public void active(WatchItemId id, boolean active) {
    jdbc.update("UPDATE watch_rule SET active = ? WHERE item_id = ?", active, id.value());
    forgetRules();
  }

  @Override
  public List<ActiveRule> activeRules() {
    if (!CurrentUnitOfWork.isStarted()) {
      return loadRules();
    }
    return CurrentUnitOfWork.get().getOrComputeResource(RULES, key -> loadRules());
  }

  private List<ActiveRule> loadRules() {
    return jdbc.query(
        "SELECT item_id, rule, opened_at FROM watch_rule WHERE active ORDER BY item_id",
        (rs, n) ->
            new ActiveRule(
                WatchItemId.of(rs.getString(1)), rules.read(rs.getString(2)), rs.getLong(3)));
  }

  private void forgetRules() {
    if (CurrentUnitOfWork.isStarted()) {
      CurrentUnitOfWork.get().resources().remove(RULES);
    }
  }

  @Override
  public void linked(WatchItemId id, DevelopmentId developmentId) {
    jdbc.update(
        "INSERT INTO watch_rule_link (item_id, development_id) VALUES (?, ?)"
            + " ON CONFLICT DO NOTHING",
        id.value(),
        developmentId.value());
  }

  @Override
  public void unlinked(WatchItemId id, DevelopmentId developmentId) {
    jdbc.update(
        "DELETE FROM watch_rule_link WHERE item_id = ? AND development_id = ?",
        id.value(),
        developmentId.value());
  }

  @Override
  public List<WatchItemId> linkedTo(DevelopmentId developmentId) {
    return jdbc.query(
        "SELECT item_id FROM watch_rule_link WHERE development_id = ? ORDER BY item_id",
        (rs, n) -> WatchItemId.of(rs.getString(1)),
        developmentId.value());
  }

  @Override
  public WatchRule rule(WatchItemId id) {
    return jdbc
        .query(
            "SELECT rule FROM watch_rule WHERE item_id = ?",
            (rs, n) -> rules.read(rs.getString(1)),
            id.value())
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Override
  public void clear() {
    jdbc.update("DELETE FROM watch_rule_link");
    jdbc.update("DELETE FROM watch_rule");
  }
}
