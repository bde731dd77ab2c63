package com.harufilm.application.encoding;

import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.retry.Backoff;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * Waits out an object store or a broker that is away, for up to its patience, before a transfer
 * or a report fails the delivery. An outage is not the video's fault: three failed deliveries make
 * a video FAILED for good, so a minute of S3 errors or a broker restart must not use them up, nor
 * throw away an encode that is done. Shorter than a worker's hold on the video
 * (HARU_STUCK_VIDEO_MINUTES), so nobody queues the job again meanwhile.
 */
public final class Outages {

    /** How the waits pass: Thread::sleep in the worker, a clock that jumps in tests. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final System.Logger log = System.getLogger(Outages.class.getName());
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20));

    private final Duration patience;
    private final Clock clock;
    private final Pause pause;
    private final RandomGenerator random;

    public Outages(Duration patience, Clock clock, Pause pause, RandomGenerator random) {
        this.patience = patience;
        this.clock = clock;
        this.pause = pause;
        this.random = random;
    }

    /**
     * Runs the call, again after a backoff while it fails with its dependency away, until the patience
     * is spent. {@code stillThere} is asked after a failure: false (the store answers, but what the
     * transfer needs is gone) ends the waiting at once; a store that is still away cannot answer it.
     */
    void run(String what, Runnable transfer, BooleanSupplier stillThere) {
        Instant giveUp = clock.instant().plus(patience);
        for (int attempt = 0; ; attempt++) {
            try {
                transfer.run();
                return;
            } catch (DependencyFailure failure) {
                Duration wait = BACKOFF.jittered(attempt, random);
                if (clock.instant().plus(wait).isAfter(giveUp) || answersGone(stillThere)) {
                    throw failure;
                }
                log.log(Level.WARNING, "{0} failed ({1}); trying again in {2} ms", what, failure.getMessage(), wait.toMillis());
                try {
                    pause.sleep(wait);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private static boolean answersGone(BooleanSupplier stillThere) {
        try {
            return !stillThere.getAsBoolean();
        } catch (DependencyFailure stillAway) {
            return false;
        }
    }
}
