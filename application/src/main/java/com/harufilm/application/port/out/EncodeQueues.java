package com.harufilm.application.port.out;

/** What waits in the broker's encoding queues, as the broker counts it. */
public interface EncodeQueues {

    /** Messages ready in each queue: jobs waiting for a worker, and what the broker gave up on. */
    record Depths(long waitingJobs, long deadJobs, long deadEvents) {
    }

    /** @throws com.harufilm.domain.error.DependencyFailure when the broker cannot be asked */
    Depths depths();
}
