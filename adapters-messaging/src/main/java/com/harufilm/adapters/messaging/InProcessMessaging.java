package com.harufilm.adapters.messaging;

import com.harufilm.application.port.out.EncodingEvents;
import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.video.EncodingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded run's broker: a worker pool per topic in this JVM, with the broker's semantics
 * (at least once, retry with the same backoff up to the same delivery limit, then a dead letter).
 * It keeps nothing across a restart: what was queued or in hand is lost, and the API's sweeper of
 * videos stuck in PENDING or ENCODING queues their jobs again, so every job still runs.
 */
public final class InProcessMessaging implements MessagePublisher, EncodingEvents, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessMessaging.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /** A message given up on, kept for tests and for an operator to look at. */
    public record DeadLetter(String topic, String payload, String reason) {
    }

    private record Subscription(MessageHandler handler, ExecutorService workers) {
    }

    private final RetryPolicy retry;
    private final EncodingMessages messages;
    private final Map<String, Subscription> subscriptions = new HashMap<>(); // guarded by this
    private final Map<String, List<String>> waiting = new HashMap<>(); // published before anyone subscribed; guarded by this
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    public InProcessMessaging(RetryPolicy retry, EncodingMessages messages) {
        this.retry = retry;
        this.messages = messages;
    }

    /** Hands the payload to the topic's workers and returns; held until a subscriber comes if there is none. */
    @Override
    public synchronized void publish(String topic, String payload) {
        Subscription subscription = subscriptions.get(topic);
        if (subscription == null) {
            waiting.computeIfAbsent(topic, t -> new ArrayList<>()).add(payload);
        } else {
            try {
                deliver(topic, subscription, payload);
            } catch (RejectedExecutionException closed) {
                throw new DependencyFailure(ErrorCode.MESSAGE_PUBLISH_FAILED, "the in-process queue is closed", closed);
            }
        }
    }

    @Override
    public void publish(EncodingEvent event) {
        publish(Topics.ENCODING_EVENT, messages.encode(event));
    }

    /** Runs {@code handler} on up to {@code concurrency} messages of the topic at once, starting with those already waiting. */
    public synchronized void subscribe(String topic, MessageHandler handler, int concurrency) {
        if (subscriptions.containsKey(topic)) {
            throw new IllegalStateException("a handler already consumes " + topic);
        }
        var subscription = new Subscription(handler,
                Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().daemon().name("in-process-" + topic + "-", 1).factory()));
        subscriptions.put(topic, subscription);
        for (String payload : waiting.getOrDefault(topic, List.of())) {
            deliver(topic, subscription, payload);
        }
        waiting.remove(topic);
    }

    /** Messages given up on since start, oldest first. */
    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** Stops the workers after what they hold, bounded; whatever is left is dropped, as on a crash. */
    @Override
    public synchronized void close() {
        subscriptions.values().forEach(s -> s.workers().shutdown());
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        try {
            for (Subscription subscription : subscriptions.values()) {
                subscription.workers().awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscriptions.values().forEach(s -> s.workers().shutdownNow());
    }

    private void deliver(String topic, Subscription subscription, String payload) {
        subscription.workers().execute(() -> attempt(topic, subscription.handler(), payload));
    }

    private void attempt(String topic, MessageHandler handler, String payload) {
        for (int previous = 0; ; previous++) {
            switch (HandlerOutcome.of(handler, topic, payload, previous)) {
                case HANDLED -> {
                    return;
                }
                case POISON -> {
                    deadLetters.add(new DeadLetter(topic, payload, "rejected"));
                    return;
                }
                case FAILED -> {
                    if (previous >= retry.deliveryLimit()) {
                        log.error("dead-lettering a message on {} after {} deliveries: {}", topic, previous + 1, payload);
                        deadLetters.add(new DeadLetter(topic, payload, "delivery_limit"));
                        return;
                    }
                    try {
                        Thread.sleep(retry.backoff().delay(previous));
                    } catch (InterruptedException e) {
                        log.warn("closing: dropping a message on {} between retries: {}", topic, payload);
                        return;
                    }
                }
            }
        }
    }
}
