package com.harufilm.adapters.messaging;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Declares the exchanges, quorum queues, bindings and dead-letter queues the product uses, once
 * per process on first use; declaring again with the same arguments changes nothing on the broker.
 */
public final class RabbitTopology {

    private final RabbitConnection connection;
    private final TopologyNames names;
    private final RetryPolicy retry;
    // Kept open: the client's topology recovery re-declares entities through the channel that
    // declared them, so closing it would leave nothing to redeclare after a broker loses its data.
    private @Nullable Channel channel;

    public RabbitTopology(RabbitConnection connection, TopologyNames names, RetryPolicy retry) {
        this.connection = connection;
        this.names = names;
        this.retry = retry;
    }

    public TopologyNames names() {
        return names;
    }

    /** Declares everything unless this process already has. */
    public synchronized void declare() {
        if (channel != null) {
            return;
        }
        Channel declaring = null;
        try {
            declaring = connection.get().createChannel();
            declaring.exchangeDeclare(names.exchange(), BuiltinExchangeType.DIRECT, true);
            declaring.exchangeDeclare(names.deadLetterExchange(), BuiltinExchangeType.DIRECT, true);
            declareQueue(declaring, names.jobsQueue(), Topics.ENCODING_REQUESTED);
            declareQueue(declaring, names.eventsQueue(), Topics.ENCODING_EVENT);
            channel = declaring;
        } catch (IOException | RuntimeException e) {
            abort(declaring);
            throw new DependencyFailure(ErrorCode.MESSAGE_QUEUE_ERROR, "could not declare the broker topology: " + e.getMessage(), e);
        }
    }

    private void declareQueue(Channel declaring, String queue, String topic) throws IOException {
        String deadQueue = names.deadLetterQueue(queue);
        declaring.queueDeclare(deadQueue, true, false, false, Map.of("x-queue-type", "quorum"));
        declaring.queueBind(deadQueue, names.deadLetterExchange(), topic);
        declaring.queueDeclare(queue, true, false, false, Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", retry.deliveryLimit(),
                "x-dead-letter-exchange", names.deadLetterExchange(),
                // At-least-once dead-lettering keeps a message in this queue until the dead-letter
                // queue has confirmed it (the default drops it if that fails); it requires reject-publish.
                "x-dead-letter-strategy", "at-least-once",
                "x-overflow", "reject-publish"));
        declaring.queueBind(queue, names.exchange(), topic);
    }

    private static void abort(@Nullable Channel declaring) {
        if (declaring != null) {
            try {
                declaring.abort();
            } catch (IOException | RuntimeException ignored) {
                // the channel is already gone, which is what we wanted
            }
        }
    }
}
