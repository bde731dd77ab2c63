package com.harufilm.adapters.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one quorum queue with manual acks: at most {@code prefetch} messages at once, each on
 * its own worker thread; acks after the handler returns, dead-letters poison at once, and gives
 * failures back after a backoff so the queue's delivery limit dead-letters them in the end.
 * The client's automatic recovery re-registers it after a connection loss.
 */
public final class RabbitConsumer {

    private static final Logger log = LoggerFactory.getLogger(RabbitConsumer.class);
    // After the grace, how long interrupted handlers get to clean up (kill FFmpeg, delete scratch) and give their message back.
    private static final Duration CUT_SHORT_WAIT = Duration.ofSeconds(10);

    private record Subscription(String queue, int prefetch, MessageHandler handler, ExecutorService workers) {
    }

    private final RabbitConnection connection;
    private final RabbitTopology topology;
    private final RetryPolicy retry;
    // Settling from several worker threads on one channel could interleave frames: they take turns.
    private final Object settling = new Object();
    private @Nullable Subscription subscription;
    private @Nullable Channel channel;
    private @Nullable String consumerTag;

    public RabbitConsumer(RabbitConnection connection, RabbitTopology topology, RetryPolicy retry) {
        this.connection = connection;
        this.topology = topology;
        this.retry = retry;
    }

    /**
     * Declares the topology if this process has not yet, then consumes {@code queue}.
     *
     * @throws DependencyFailure (MESSAGE_QUEUE_ERROR) when the broker cannot be reached; call again later
     */
    public synchronized void start(String queue, int prefetch, MessageHandler handler) {
        if (subscription != null) {
            throw new IllegalStateException("already consuming " + subscription.queue());
        }
        topology.declare();
        var started = new Subscription(queue, prefetch, handler,
                Executors.newFixedThreadPool(prefetch, Thread.ofPlatform().daemon().name(queue + "-", 1).factory()));
        try {
            consume(started);
        } catch (IOException | RuntimeException e) {
            started.workers().shutdownNow();
            throw new DependencyFailure(ErrorCode.MESSAGE_QUEUE_ERROR, "could not consume " + queue + ": " + e.getMessage(), e);
        }
        subscription = started;
    }

    /**
     * Stops taking messages and lets the ones in hand finish for up to {@code grace}; then
     * interrupts their handlers, which give them back to the queue, and closes the channel (any
     * message still unsettled goes back too).
     */
    public synchronized void stop(Duration grace) {
        Subscription stopping = subscription;
        Channel consuming = channel;
        if (stopping == null || consuming == null) {
            return;
        }
        subscription = null;
        try {
            consuming.basicCancel(consumerTag);
        } catch (IOException | RuntimeException e) {
            log.debug("cancel failed, the channel is closed already", e);
        }
        stopping.workers().shutdown();
        try {
            if (!stopping.workers().awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("the work in hand on {} did not finish within {} ms; cutting it short, it goes back to the queue",
                        stopping.queue(), grace.toMillis());
                stopping.workers().shutdownNow();
                stopping.workers().awaitTermination(CUT_SHORT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.workers().shutdownNow();
        }
        try {
            consuming.close();
        } catch (IOException | RuntimeException | TimeoutException e) {
            log.debug("closing the consumer channel failed, it is closed already", e);
        }
        channel = null;
    }

    /** The channel now consuming, for tests that break it. */
    synchronized @Nullable Channel channel() {
        return channel;
    }

    private void consume(Subscription s) throws IOException {
        Channel consuming = connection.get().createChannel();
        consuming.addShutdownListener(cause -> {
            if (!cause.isHardError() && !cause.isInitiatedByApplication()) {
                // The broker closed this channel alone (an ack past consumer_timeout, an unknown delivery
                // tag); the client recovers channels only with their connection. Not on the I/O thread.
                Thread.ofVirtual().start(() -> resume(consuming, cause.getMessage()));
            }
        });
        consuming.basicQos(s.prefetch());
        consumerTag = consuming.basicConsume(s.queue(), false, new DefaultConsumer(consuming) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                long deliveryTag = envelope.getDeliveryTag();
                int previous = previousDeliveries(properties);
                try {
                    // The client's dispatch thread only hands over: the work may take minutes.
                    s.workers().execute(() -> process(consuming, s, deliveryTag, previous, new String(body, UTF_8)));
                } catch (RejectedExecutionException stopping) {
                    settle(s.queue(), () -> consuming.basicNack(deliveryTag, false, true));
                }
            }

            @Override
            public void handleCancel(String tag) {
                log.error("the broker cancelled consuming {} (queue deleted?); no more messages will arrive", s.queue());
            }
        });
        channel = consuming;
    }

    private synchronized void resume(Channel closed, String why) {
        if (subscription == null || channel != closed) {
            return; // stopped, or already consuming on another channel
        }
        log.error("the broker closed the channel consuming {} ({}); consuming on a new one", subscription.queue(), why);
        try {
            consume(subscription);
        } catch (IOException | RuntimeException e) {
            log.error("could not consume {} again; no more messages will arrive until restart", subscription.queue(), e);
        }
    }

    private void process(Channel consuming, Subscription s, long deliveryTag, int previousDeliveries, String payload) {
        switch (HandlerOutcome.of(s.handler(), s.queue(), payload, previousDeliveries)) {
            case HANDLED -> settle(s.queue(), () -> consuming.basicAck(deliveryTag, false));
            case POISON -> settle(s.queue(), () -> consuming.basicReject(deliveryTag, false));
            case FAILED -> {
                try {
                    Thread.sleep(retry.backoff().delay(previousDeliveries));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // stopping: give it back now
                }
                settle(s.queue(), () -> consuming.basicNack(deliveryTag, false, true));
            }
        }
    }

    private void settle(String queue, Ack ack) {
        synchronized (settling) {
            try {
                ack.run();
            } catch (IOException | RuntimeException e) {
                // The channel went down: the broker delivers the message again.
                log.warn("could not settle a message from {}; it will be redelivered: {}", queue, e.toString());
            }
        }
    }

    /** The quorum queue counts failed deliveries in {@code x-delivery-count}; absent on the first. */
    private static int previousDeliveries(AMQP.BasicProperties properties) {
        Object count = properties.getHeaders() == null ? null : properties.getHeaders().get("x-delivery-count");
        return count instanceof Number n ? n.intValue() : 0;
    }

    private interface Ack {
        void run() throws IOException;
    }
}
