package com.harufilm.adapters.messaging;

import java.time.Duration;

/**
 * How often a failing message is tried and how long to wait between tries; shared by the broker
 * (its quorum queues' delivery limit) and the in-process queue so both behave alike.
 *
 * @param deliveryLimit redeliveries allowed after the first delivery; the next failure dead-letters
 */
public record RetryPolicy(int deliveryLimit, Duration backoffBase, Duration backoffCap) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        if (deliveryLimit < 0 || backoffBase.isNegative() || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("not a retry policy: " + deliveryLimit + ", " + backoffBase + ", " + backoffCap);
        }
    }

    /** The wait before giving back a message that failed after {@code previousDeliveries} earlier failed ones: 1 s, 2 s, 4 s, ... */
    public Duration backoff(int previousDeliveries) {
        int doublings = Math.min(Math.max(previousDeliveries, 0), 20);
        long millis = backoffBase.toMillis() << doublings;
        return millis >= backoffCap.toMillis() ? backoffCap : Duration.ofMillis(millis);
    }
}
