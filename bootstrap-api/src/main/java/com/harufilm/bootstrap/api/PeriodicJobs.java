package com.harufilm.bootstrap.api;

import com.harufilm.application.port.out.JobLeases;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the API's periodic jobs (sweepers) on a timer. Every instance ticks, but a database lease
 * lets one instance at a time do each job; a failed round is logged and tried at the next tick.
 */
public final class PeriodicJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("periodic-jobs").daemon().factory());
    private final JobLeases leases;
    private final Clock clock;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public PeriodicJobs(JobLeases leases, Clock clock) {
        this.leases = leases;
        this.clock = clock;
    }

    /** Runs {@code job} every {@code interval}, first after {@code interval}, while this instance holds its lease. */
    public void every(Duration interval, String name, Runnable job) {
        Duration lease = interval.multipliedBy(2);
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (leases.acquire(name, holder, clock.instant(), lease)) {
                    job.run();
                }
            } catch (RuntimeException e) {
                log.warn("periodic job failed job={} (next try in {} s)", name, interval.toSeconds(), e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(30, TimeUnit.SECONDS);
    }
}
