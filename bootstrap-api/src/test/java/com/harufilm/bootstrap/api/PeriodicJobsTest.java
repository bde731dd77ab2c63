package com.harufilm.bootstrap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.JobLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicJobsTest {

    /** Every instance may run every job: the leases themselves are tested against the databases. */
    private static final JobLeases ALWAYS_GRANTED = new JobLeases() {
        @Override
        public boolean acquire(String job, String holder, Instant now, Duration duration) {
            return true;
        }

        @Override
        public void releaseAll(String holder, Instant now) {
        }
    };

    private final PeriodicJobs jobs = new PeriodicJobs(ALWAYS_GRANTED, Clock.systemUTC());

    @Test
    void aNudgedJobRunsAtOnceNotAtItsNextTick() throws Exception {
        var ran = new CountDownLatch(1);
        Runnable nudge = jobs.everyAndWhenNudged(Duration.ofHours(1), "relay", ran::countDown);

        nudge.run();

        assertTrue(ran.await(5, TimeUnit.SECONDS), "ran on the nudge, an hour before its tick");
        jobs.stop(Duration.ofSeconds(1));
    }

    @Test
    void nudgesWhileARoundRunsMakeOneMoreRoundAndRoundsNeverOverlap() throws Exception {
        var running = new AtomicInteger();
        var overlaps = new AtomicInteger();
        var rounds = new AtomicInteger();
        var firstStarted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Runnable nudge = jobs.everyAndWhenNudged(Duration.ofHours(1), "relay", () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            firstStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rounds.incrementAndGet();
            running.decrementAndGet();
        });

        nudge.run();
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 20; i++) {
            nudge.run(); // commits while the relay is busy: their rows wait for one more round
        }
        release.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (rounds.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);

        assertEquals(2, rounds.get(), "the round in progress, then one for every nudge it missed");
        assertEquals(0, overlaps.get());
        jobs.stop(Duration.ofSeconds(1));
    }

    @Test
    void aStoppedInstanceIgnoresNudges() throws Exception {
        var rounds = new AtomicInteger();
        Runnable nudge = jobs.everyAndWhenNudged(Duration.ofHours(1), "relay", rounds::incrementAndGet);
        jobs.stop(Duration.ofSeconds(1));

        nudge.run();
        Thread.sleep(200);

        assertEquals(0, rounds.get());
    }
}
