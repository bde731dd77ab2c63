package com.harufilm.application.port.out;

import java.time.Instant;

/**
 * Stored objects whose owner is gone, queued in the owner's transaction so that a sweeper removes
 * them from the object store and retries until the store agrees.
 */
public interface ObjectDeletions {

    void enqueuePrefix(String objectPrefix, Instant now);
}
