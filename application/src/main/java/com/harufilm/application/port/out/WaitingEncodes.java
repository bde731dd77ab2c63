package com.harufilm.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The videos waiting for a worker: unfinished, and no worker holds them (none has begun the job
 * queued last, or the one that did stopped reporting: its hold ran out).
 */
public interface WaitingEncodes {

    /** When the longest-waiting video's job was queued, holds counted as of {@code now}; empty when none waits. */
    Optional<Instant> oldestQueuedAt(Instant now);
}
