package com.harufilm.domain.retry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff: the wait after {@code attempt} earlier failures is {@code base}
 * doubled that many times, never past {@code cap}. It lives in the core so every retry loop
 * (outbox relay, object deletions, message redelivery, push sends) waits by the same rule.
 */
public record Backoff(Duration base, Duration cap) {

    private static final int MAX_DOUBLINGS = 20;

    public Backoff {
        if (base.isNegative() || cap.isNegative()) {
            throw new IllegalArgumentException("not a backoff: base " + base + ", cap " + cap);
        }
    }

    /** base, 2 base, 4 base, ... up to the cap; a negative attempt counts as none. */
    public Duration delay(int attempt) {
        long millis = doubled(attempt);
        return millis >= cap.toMillis() ? cap : Duration.ofMillis(millis);
    }

    /**
     * The doubled wait plus up to half of it again, drawn from {@code random} so that many clients
     * failing together do not retry together; still never past the cap.
     */
    public Duration jittered(int attempt, RandomGenerator random) {
        long millis = doubled(attempt);
        if (millis >= cap.toMillis()) {
            return cap;
        }
        long jittered = millis + (long) (random.nextDouble() * millis / 2);
        return Duration.ofMillis(Math.min(jittered, cap.toMillis()));
    }

    /** base shifted left, saturating at Long.MAX_VALUE rather than overflowing (only compared with the cap then). */
    private long doubled(int attempt) {
        int doublings = Math.min(Math.max(attempt, 0), MAX_DOUBLINGS);
        long baseMillis = base.toMillis();
        return baseMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : baseMillis << doublings;
    }
}
