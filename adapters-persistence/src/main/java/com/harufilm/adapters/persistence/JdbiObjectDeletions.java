package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.ObjectDeletions;
import java.time.Instant;
import java.util.List;

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

    @Override
    public List<PendingDeletion> due(Instant now, int limit) {
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT id, object_prefix, attempts FROM object_deletions
                        WHERE next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit""")
                .bind("now", now).bind("limit", limit)
                .map((rows, ctx) -> new PendingDeletion(rows.getLong("id"), rows.getString("object_prefix"), rows.getInt("attempts")))
                .list());
    }

    @Override
    public void done(long id) {
        handles.withHandle(handle -> handle.createUpdate("DELETE FROM object_deletions WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void retryAt(long id, Instant nextAttempt) {
        handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE object_deletions SET attempts = attempts + 1, next_attempt_at = :next WHERE id = :id")
                .bind("id", id).bind("next", nextAttempt).execute());
    }
}
