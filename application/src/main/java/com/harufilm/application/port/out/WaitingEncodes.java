package com.harufilm.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The videos waiting for a worker: unfinished, and no worker holds the job queued for them last
 * (none has begun it, or the one that did let its hold run out: it died).
 */
public interface WaitingEncodes {

    /** When the longest-waiting video's job was queued, as seen at {@code now}; empty when none waits. */
    Optional<Instant> oldestQueuedAt(Instant now);
}
