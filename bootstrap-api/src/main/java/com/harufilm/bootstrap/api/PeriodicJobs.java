package com.harufilm.bootstrap.api;

import com.harufilm.application.port.out.JobLeases;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the API's periodic jobs (sweepers, the reminder tick, the notice dispatcher) on a timer.
 * Every instance ticks, but a database lease lets one instance at a time do each job; a failed
 * round is logged and tried at the next tick. Stopping it starts no more rounds, tells a running
 * one its lease is gone, and hands this instance's leases back so another takes over at once.
 */
public final class PeriodicJobs {

    /** A job that works in rounds and asks between rounds whether its lease is still held (renewing it). */
    public interface LeasedJob {
        void run(BooleanSupplier leaseHeld);
    }

    // Long enough for a round of 500 pushes with retries, short enough that another instance
    // takes over soon after the holder dies.
    private static final Duration MIN_LEASE = Duration.ofSeconds(30);
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);

    // A few threads, so a long round (the evening's reminders) never holds up the outbox relay;
    // fixed-delay scheduling still never overlaps two rounds of one job.
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4,
            Thread.ofPlatform().name("periodic-jobs-", 1).daemon().factory());
    // The shared timer and each nudged job's own.
    private final List<ScheduledExecutorService> timers = new CopyOnWriteArrayList<>(List.of(timer));
    private final JobLeases leases;
    private final Clock clock;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private volatile boolean stopping;

    public PeriodicJobs(JobLeases leases, Clock clock) {
        this.leases = leases;
        this.clock = clock;
    }

    /** Runs {@code job} every {@code interval}, first after {@code interval}, while this instance holds its lease. */
    public void every(Duration interval, String name, Runnable job) {
        every(interval, name, leaseHeld -> job.run());
    }

    public void every(Duration interval, String name, LeasedJob job) {
        Duration lease = leaseFor(interval);
        timer.scheduleWithFixedDelay(() -> runOnce(name, lease, job), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * As {@link #every}, on a thread of its own, and also at once each time the returned nudge
     * runs; a nudge while one is waiting adds nothing, and rounds never overlap. For the outbox
     * relay: a job committed by complete-upload is published within milliseconds, not at the next tick.
     */
    public Runnable everyAndWhenNudged(Duration interval, String name, Runnable job) {
        Duration lease = leaseFor(interval);
        ScheduledExecutorService own = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        timers.add(own);
        Runnable round = () -> runOnce(name, lease, leaseHeld -> job.run());
        own.scheduleWithFixedDelay(round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        AtomicBoolean waiting = new AtomicBoolean();
        return () -> {
            if (stopping || !waiting.compareAndSet(false, true)) {
                return;
            }
            try {
                own.execute(() -> {
                    waiting.set(false);
                    round.run();
                });
            } catch (RejectedExecutionException stopped) {
                waiting.set(false); // stopping: the next instance's tick publishes it
            }
        };
    }

    /**
     * Runs {@code job} a second into every minute by this instance's clock, so what is due at
     * 20:00 goes out at 20:00:01 rather than up to a minute later; at a fixed rate, so it does not
     * drift.
     */
    public void everyMinute(String name, Runnable job) {
        Instant now = clock.instant();
        Duration untilNextMinute = Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(ONE_MINUTE)).plusSeconds(1);
        Duration lease = leaseFor(ONE_MINUTE);
        timer.scheduleAtFixedRate(() -> runOnce(name, lease, leaseHeld -> job.run()), untilNextMinute.toMillis(),
                ONE_MINUTE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Duration leaseFor(Duration interval) {
        return interval.multipliedBy(2).compareTo(MIN_LEASE) > 0 ? interval.multipliedBy(2) : MIN_LEASE;
    }

    /** One round of {@code job} if this instance gets the lease; false when another instance holds it. */
    boolean runOnce(String name, Duration lease, LeasedJob job) {
        BooleanSupplier leaseHeld = () -> !stopping && leases.acquire(name, holder, clock.instant(), lease);
        try {
            if (!leaseHeld.getAsBoolean()) {
                return false;
            }
            job.run(leaseHeld);
        } catch (RuntimeException e) {
            log.warn("periodic job failed job={} (tried again at the next tick)", name, e);
        }
        return true;
    }

    /** Starts no more rounds, waits up to {@code grace} for a running one, then hands this instance's leases back. */
    public void stop(Duration grace) throws InterruptedException {
        stopping = true;
        timers.forEach(ScheduledExecutorService::shutdown);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean finished = true;
        for (ScheduledExecutorService each : timers) {
            finished &= each.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (finished) {
            leases.releaseAll(holder, clock.instant());
        } else {
            // A round still runs: its lease stays until it runs out, so no other instance does the same work meanwhile.
            log.warn("a periodic job still runs after the shutdown grace of {} ms; its lease runs out by itself",
                    grace.toMillis());
            timers.forEach(ScheduledExecutorService::shutdownNow);
        }
    }
}
