package com.harufilm.bootstrap.worker;

import com.harufilm.adapters.messaging.MessageHandler;
import com.harufilm.adapters.messaging.RabbitConsumer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a queue consumer, and keeps trying while the broker is away (a process may start
 * before its broker); once it runs, the client's recovery keeps it running.
 */
public final class ConsumerStarter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsumerStarter.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final RabbitConsumer consumer;
    private final Duration shutdownGrace;
    private final Thread starter;
    private volatile boolean closed;

    private ConsumerStarter(RabbitConsumer consumer, String queue, int concurrency, MessageHandler handler, Runnable started,
                            Duration shutdownGrace) {
        this.consumer = consumer;
        this.shutdownGrace = shutdownGrace;
        this.starter = Thread.ofVirtual().name("start-" + queue).start(() -> {
            while (!closed) {
                try {
                    consumer.start(queue, concurrency, handler);
                    started.run();
                    return;
                } catch (RuntimeException e) {
                    log.warn("cannot consume {} yet ({}); retrying in {} s", queue, e.getMessage(), RETRY.toSeconds());
                    sleep();
                }
            }
        });
    }

    /**
     * Starts consuming {@code queue} now or as soon as the broker answers; {@code started} runs once
     * it does. Closing it lets the messages in hand finish for up to {@code shutdownGrace}.
     */
    public static ConsumerStarter start(RabbitConsumer consumer, String queue, int concurrency, MessageHandler handler, Runnable started,
                                        Duration shutdownGrace) {
        return new ConsumerStarter(consumer, queue, concurrency, handler, started, shutdownGrace);
    }

    /** Stops taking messages and lets those in hand finish within the grace; those cut short go back to the queue. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        starter.interrupt();
        starter.join();
        consumer.stop(shutdownGrace);
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
