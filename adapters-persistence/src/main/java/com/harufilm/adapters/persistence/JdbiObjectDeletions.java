package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.ObjectDeletions;
import java.time.Instant;

/** The queue of stored objects to remove, in object_deletions, written in the caller's transaction. */
final class JdbiObjectDeletions implements ObjectDeletions {

    private final JdbiHandles handles;

    JdbiObjectDeletions(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public void enqueuePrefix(String objectPrefix, Instant now) {
        // Due at once; the sweeper pushes next_attempt_at back after each failed attempt.
        handles.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO object_deletions (object_prefix, attempts, next_attempt_at, created_at)
                        VALUES (:prefix, 0, :now, :now)""")
                .bind("prefix", objectPrefix).bind("now", now)
                .execute());
    }
}
