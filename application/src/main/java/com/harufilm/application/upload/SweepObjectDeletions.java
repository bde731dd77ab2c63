package com.harufilm.application.upload;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.ObjectDeletions.PendingDeletion;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.domain.retry.Backoff;
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
    private static final Backoff RETRY = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

    private final ObjectDeletions deletions;
    private final ObjectRemoval removal;
    private final Clock clock;

    public SweepObjectDeletions(ObjectDeletions deletions, ObjectRemoval removal, Clock clock) {
        this.deletions = deletions;
        this.removal = removal;
        this.clock = clock;
    }

    /** Returns how many prefixes were emptied this round. */
    public int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (PendingDeletion pending : deletions.due(now, BATCH)) {
            try {
                removal.deletePrefix(pending.objectPrefix());
                deletions.done(pending.id());
                removed++;
            } catch (RuntimeException e) {
                deletions.retryAt(pending.id(), now.plus(RETRY.delay(pending.attempts())));
                log.log(Level.WARNING, "could not delete objects under " + pending.objectPrefix() + "; retrying", e);
            }
        }
        return removed;
    }
}
