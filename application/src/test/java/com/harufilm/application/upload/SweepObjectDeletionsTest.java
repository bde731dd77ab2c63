package com.harufilm.application.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.SimpleFakes.RecordedObjectDeletions;
import com.harufilm.application.port.out.ObjectRemoval;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepObjectDeletionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private final RecordedObjectDeletions deletions = new RecordedObjectDeletions();

    @Test
    void removesEveryObjectUnderAQueuedPrefix() {
        var store = new InMemoryObjectStore(clock);
        store.objects.put("users/1/videos/a/source", 10L);
        store.objects.put("users/1/videos/a/hls/720p.m3u8", 1L);
        store.objects.put("users/1/videos/b/source", 10L);
        deletions.enqueuePrefix("users/1/videos/a/", clock.instant());

        assertEquals(1, new SweepObjectDeletions(deletions, store, clock).sweep());

        assertEquals(Set.of("users/1/videos/b/source"), store.objects.keySet());
        assertTrue(deletions.nextAttempts.isEmpty());
    }

    @Test
    void aStoreFailureIsRetriedLaterWithGrowingWaits() {
        ObjectRemoval failing = prefix -> {
            throw new IllegalStateException("store down");
        };
        deletions.enqueuePrefix("users/1/", clock.instant());
        var sweeper = new SweepObjectDeletions(deletions, failing, clock);

        sweeper.sweep();
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), deletions.nextAttempts.get(0));
        assertEquals(0, sweeper.sweep(), "not due yet");
        clock.advance(Duration.ofMinutes(1));
        sweeper.sweep();
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), deletions.nextAttempts.get(0));
        assertFalse(deletions.nextAttempts.isEmpty(), "never dropped");
    }
}
