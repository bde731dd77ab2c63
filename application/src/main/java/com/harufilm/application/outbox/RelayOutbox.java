package com.harufilm.application.outbox;

import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.Outbox.OutboxMessage;
import com.harufilm.domain.retry.Backoff;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Hands messages written by transactions (encoding jobs) to the broker. A message is marked sent
 * only after the broker confirmed it; while the broker is away the messages wait in the outbox.
 * Jobs of videos that are gone or finished are dropped, not published.
 */
public final class RelayOutbox {

    private static final System.Logger log = System.getLogger(RelayOutbox.class.getName());
    private static final int BATCH = 100;
    private static final Backoff RETRY = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final Outbox outbox;
    private final MessagePublisher publisher;
    private final Clock clock;

    public RelayOutbox(Outbox outbox, MessagePublisher publisher, Clock clock) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Relays what is due; returns how many messages went out. */
    public int relay() {
        int sent = 0;
        for (OutboxMessage message : outbox.pending(clock.instant(), BATCH)) {
            if (message.obsolete()) {
                // Its video was deleted (alone or with its user) or has finished: encoding it would
                // store objects under a prefix already swept, or repeat finished work.
                log.log(Level.INFO, "dropping outbox message {0}: its video is gone or finished", message.id());
                outbox.markSent(message.id(), clock.instant());
                continue;
            }
            try {
                publisher.publish(message.topic(), message.payload());
            } catch (RuntimeException e) {
                Instant now = clock.instant();
                outbox.retryAt(message.id(), now.plus(RETRY.delay(message.attempts())));
                log.log(Level.WARNING, "outbox message {0} not relayed; retrying: {1}", message.id(), e.getMessage());
                // The broker is likely away: the rest of the batch waits for the next round.
                return sent;
            }
            outbox.markSent(message.id(), clock.instant());
            sent++;
        }
        return sent;
    }
}
