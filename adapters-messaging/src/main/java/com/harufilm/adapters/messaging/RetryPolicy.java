package com.harufilm.adapters.messaging;

import com.harufilm.domain.retry.Backoff;
import java.time.Duration;

/**
 * How often a failing message is tried and how long to wait between tries; shared by the broker
 * (its quorum queues' delivery limit) and the in-process queue so both behave alike.
 *
 * @param deliveryLimit redeliveries allowed after the first delivery; the next failure dead-letters
 * @param backoff the wait before giving back a message that failed after n earlier failed ones: 1 s, 2 s, 4 s, ...
 */
public record RetryPolicy(int deliveryLimit, Backoff backoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)));

    public RetryPolicy {
        if (deliveryLimit < 0 || backoff.cap().compareTo(backoff.base()) < 0) {
            throw new IllegalArgumentException("not a retry policy: " + deliveryLimit + ", " + backoff);
        }
    }
}
