package com.harufilm.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** The videos waiting for a worker: unfinished, and no worker has begun the job queued for them last. */
public interface WaitingEncodes {

    /** When the longest-waiting video's job was queued; empty when none waits. */
    Optional<Instant> oldestQueuedAt();
}
