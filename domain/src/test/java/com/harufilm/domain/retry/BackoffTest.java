package com.harufilm.domain.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesFromTheBaseUntilTheCap() {
        Backoff outbox = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L),
                IntStream.range(0, 8).mapToObj(attempt -> outbox.delay(attempt).toSeconds()).toList());
    }

    @Test
    void objectDeletionsWaitAMinuteDoublingToAnHour() {
        Backoff deletions = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

        assertEquals(Duration.ofMinutes(32), deletions.delay(5));
        assertEquals(Duration.ofHours(1), deletions.delay(6));
    }

    @Test
    void aNegativeAttemptCountsAsNoneAndAHugeOneDoesNotOverflow() {
        Backoff backoff = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

        assertEquals(Duration.ofMillis(50), backoff.delay(-3));
        assertEquals(Duration.ofMillis(200), backoff.delay(Integer.MAX_VALUE));
        Backoff ages = new Backoff(Duration.ofDays(365L * 1000), Duration.ofDays(365L * 2000));
        assertEquals(Duration.ofDays(365L * 2000), ages.delay(20));
    }

    @Test
    void jitterAddsUpToHalfAgainDrawnFromTheGivenSource() {
        Backoff push = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

        assertEquals(Duration.ofMillis(2000), push.jittered(2, fixed(0.0)));
        assertEquals(Duration.ofMillis(2500), push.jittered(2, fixed(0.5)));
        assertEquals(Duration.ofMillis(2999), push.jittered(2, fixed(0.9999)));
    }

    @Test
    void jitterNeverPassesTheCap() {
        Backoff push = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

        assertEquals(Duration.ofSeconds(10), push.jittered(4, fixed(0.9)), "8 s plus 3.6 s is capped");
        assertEquals(Duration.ofSeconds(10), push.jittered(5, fixed(0.0)));
    }

    @Test
    void aCapBelowTheBaseMeansEveryWaitIsTheCap() {
        Backoff tight = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1));

        assertEquals(Duration.ofSeconds(1), tight.delay(0));
        assertEquals(Duration.ofSeconds(1), tight.jittered(0, fixed(0.5)));
    }

    @Test
    void negativeDurationsAreNoBackoff() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(-1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(-1)));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only nextDouble is drawn");
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
