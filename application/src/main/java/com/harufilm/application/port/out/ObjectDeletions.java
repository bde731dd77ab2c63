package com.harufilm.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Stored objects whose owner is gone, queued in the owner's transaction so that a sweeper removes
 * them from the object store and retries until the store agrees.
 */
public interface ObjectDeletions {

    /** A queued removal of everything under {@code objectPrefix}. */
    record PendingDeletion(long id, String objectPrefix, int attempts) {
    }

    void enqueuePrefix(String objectPrefix, Instant now);

    /** Removals due by {@code now}, oldest first. */
    List<PendingDeletion> due(Instant now, int limit);

    /** The store removed the objects: forget the entry. */
    void done(long id);

    /** The store failed: try again at {@code nextAttempt}. */
    void retryAt(long id, Instant nextAttempt);
}
