package org.tracker.admin.generations;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The dead-letter queue of a spare build's processor: Axon's JDBC queue on the same table and
 * schema as the live processors' ({@code dead_letter_entry}), under the spare's processing group
 * until a flip hands its letters to the live one.
 */
@Component
class SpareDeadLetters implements SpareBuild.DeadLetters {

  private final ConnectionProvider connections;
  private final TransactionManager transactions;
  private final DeadLetterSchema schema;
  private final Serializer serializer;
  private final Serializer eventSerializer;

  SpareDeadLetters(
      ConnectionProvider connections,
      TransactionManager transactions,
      DeadLetterSchema schema,
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer) {
    this.connections = connections;
    this.transactions = transactions;
    this.schema = schema;
    this.serializer = serializer;
    this.eventSerializer = eventSerializer;
  }

  @Override
  public SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
    return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
        .processingGroup(processingGroup)
        .connectionProvider(connections)
        .transactionManager(transactions)
        .schema(schema)
        .genericSerializer(serializer)
        .eventSerializer(eventSerializer)
        .build();
  }
}
