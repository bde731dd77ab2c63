package com.harufilm.adapters.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Publishes persistent messages to the {@code haru} exchange and returns only once the broker has
 * confirmed them; anything else (broker down, nack, no confirm in time, no queue bound) throws.
 */
public final class RabbitMessagePublisher implements MessagePublisher {

    private final RabbitConnection connection;
    private final RabbitTopology topology;
    // One confirm-mode channel, one publish at a time: channels are not thread-safe, and waiting for
    // confirms on a shared channel would wait for other threads' messages too.
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Channel channel;
    // Written by the client's I/O thread before it delivers the confirm that ends our wait.
    private final Set<String> returned = ConcurrentHashMap.newKeySet();

    public RabbitMessagePublisher(RabbitConnection connection, RabbitTopology topology) {
        this.connection = connection;
        this.topology = topology;
    }

    @Override
    public void publish(String topic, String payload) {
        lock.lock();
        try {
            topology.declare();
            Channel publishing = channel();
            String messageId = UUID.randomUUID().toString();
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .contentType("application/json").deliveryMode(2).messageId(messageId).build();
            returned.clear();
            // mandatory: a message no queue takes comes back (and is confirmed), instead of vanishing
            publishing.basicPublish(topology.names().exchange(), topic, true, properties, payload.getBytes(UTF_8));
            publishing.waitForConfirmsOrDie(connection.timeouts().confirm().toMillis());
            if (returned.remove(messageId)) {
                throw failure("no queue is bound for topic " + topic, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for the broker's confirm", e);
        } catch (DependencyFailure e) {
            throw e.code() == ErrorCode.MESSAGE_PUBLISH_FAILED ? e : failure(e.getMessage(), e);
        } catch (Exception e) {
            throw failure("the broker did not confirm a message on " + topic + ": " + e, e);
        } finally {
            lock.unlock();
        }
    }

    /** The confirm channel; a new one when the broker closed the last (a nack or timeout closes it). */
    private Channel channel() throws IOException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        Connection open = connection.get();
        if (!open.isOpen()) {
            // The client is recovering the connection and will recover our channel with it.
            throw failure("the connection to the broker is down and recovering", null);
        }
        if (channel != null) {
            abandon(channel);
            channel = null;
        }
        Channel created = open.createChannel();
        created.confirmSelect();
        created.addReturnListener(r -> returned.add(String.valueOf(r.getProperties().getMessageId())));
        channel = created;
        return created;
    }

    /** A channel the broker closed is never recovered; aborting it stops the client tracking it. */
    private static void abandon(Channel closed) {
        try {
            closed.abort();
        } catch (IOException | RuntimeException ignored) {
            // already closed, which is all we need
        }
    }

    private static DependencyFailure failure(String message, @Nullable Throwable cause) {
        return new DependencyFailure(ErrorCode.MESSAGE_PUBLISH_FAILED, message, cause);
    }
}
