package com.harufilm.adapters.messaging;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The process's one connection to RabbitMQ, opened on first use so the process starts while the
 * broker is down; the client's automatic recovery brings it back after a broker restart.
 */
public final class RabbitConnection implements AutoCloseable {

    private final ConnectionFactory factory;
    private final BrokerTimeouts timeouts;
    private @Nullable Connection connection;

    public RabbitConnection(BrokerSettings settings) {
        timeouts = settings.timeouts();
        factory = new ConnectionFactory();
        try {
            factory.setUri(settings.uri());
        } catch (Exception e) {
            throw new IllegalArgumentException("not an amqp URI: " + settings, e);
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setConnectionTimeout(millis(timeouts.connect()));
        factory.setHandshakeTimeout(millis(timeouts.handshake()));
        factory.setRequestedHeartbeat((int) Math.max(1, timeouts.heartbeat().toSeconds()));
        factory.setChannelRpcTimeout(millis(timeouts.rpc()));
    }

    /** How long calls on this connection may wait for the broker. */
    public BrokerTimeouts timeouts() {
        return timeouts;
    }

    private static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    /** The open connection, opening it when there is none yet. */
    public synchronized Connection get() {
        if (connection == null) {
            try {
                connection = factory.newConnection("harufilm");
            } catch (IOException | TimeoutException e) {
                throw new DependencyFailure(ErrorCode.MESSAGE_QUEUE_ERROR, "broker unreachable: " + e.getMessage(), e);
            }
        }
        return connection;
    }

    @Override
    public synchronized void close() throws IOException {
        if (connection != null) {
            connection.close();
        }
    }
}
