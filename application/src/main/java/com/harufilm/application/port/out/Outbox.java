package com.harufilm.application.port.out;

import java.time.Instant;
import java.util.List;

/** Messages written in the transactions that caused them, waiting to be handed to the broker. */
public interface Outbox extends FinishedRows {

    /**
     * One message: its topic and its JSON payload.
     *
     * @param obsolete the message is about a video that is gone (deleted, alone or with its user) or finished
     */
    record OutboxMessage(long id, String topic, String payload, int attempts, boolean obsolete) {
    }

    /** Unsent messages available by {@code now}, oldest first. */
    List<OutboxMessage> pending(Instant now, int limit);

    void markSent(long id, Instant now);

    /** Publishing failed: try again at {@code nextAttempt}. */
    void retryAt(long id, Instant nextAttempt);
}
