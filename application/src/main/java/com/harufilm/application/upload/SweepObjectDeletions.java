package com.harufilm.application.upload;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.ObjectDeletions.PendingDeletion;
import com.harufilm.application.port.out.ObjectStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes the stored objects of deleted videos and accounts and of replaced or losing uploads.
 * A failure is retried with exponential backoff (1 min doubling, capped at 1 h), never dropped.
 */
public final class SweepObjectDeletions {

    private static final System.Logger log = System.getLogger(SweepObjectDeletions.class.getName());
    private static final int BATCH = 100;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    private final ObjectDeletions deletions;
    private final ObjectStore store;
    private final Clock clock;

    public SweepObjectDeletions(ObjectDeletions deletions, ObjectStore store, Clock clock) {
        this.deletions = deletions;
        this.store = store;
        this.clock = clock;
    }

    /** Returns how many prefixes were emptied this round. */
    public int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (PendingDeletion pending : deletions.due(now, BATCH)) {
            try {
                store.deletePrefix(pending.objectPrefix());
                deletions.done(pending.id());
                removed++;
            } catch (RuntimeException e) {
                Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(pending.attempts(), 6));
                deletions.retryAt(pending.id(), now.plus(wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait));
                log.log(Level.WARNING, "could not delete objects under " + pending.objectPrefix() + "; retrying", e);
            }
        }
        return removed;
    }
}
