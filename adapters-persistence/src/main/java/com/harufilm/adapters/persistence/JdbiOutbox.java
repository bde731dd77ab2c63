package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.Outbox;
import java.time.Instant;
import java.util.List;

/** The outbox table as the relay reads it: unsent rows in the order they were written, pushed back after a failed publish. */
final class JdbiOutbox implements Outbox {

    private final JdbiHandles handles;

    JdbiOutbox(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public List<OutboxMessage> pending(Instant now, int limit) {
        // By id, not available_at: messages of one change keep the order they were written in.
        // A message for a video that was deleted (alone or with its user) or has finished is obsolete:
        // VideoStatus.takesReports() (PENDING or ENCODING) keeps it.
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT o.id, o.topic, o.payload, o.attempts,
                               CASE WHEN o.video_id IS NOT NULL AND (v.id IS NULL OR v.status NOT IN ('PENDING', 'ENCODING'))
                                    THEN 1 ELSE 0 END AS obsolete
                        FROM outbox o LEFT JOIN videos v ON v.id = o.video_id
                        WHERE o.sent_at IS NULL AND o.available_at <= :now ORDER BY o.id LIMIT :limit""")
                .bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> new OutboxMessage(rs.getLong("id"), rs.getString("topic"), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getInt("obsolete") == 1))
                .list());
    }

    @Override
    public void markSent(long id, Instant now) {
        handles.withHandle(handle -> handle.createUpdate("UPDATE outbox SET sent_at = :now WHERE id = :id")
                .bind("id", id).bind("now", now).execute());
    }

    @Override
    public void retryAt(long id, Instant nextAttempt) {
        handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE outbox SET attempts = attempts + 1, available_at = :next WHERE id = :id")
                .bind("id", id).bind("next", nextAttempt).execute());
    }

    @Override
    public int forgetFinishedBefore(Instant before, int limit) {
        return OldRows.forget(handles, "outbox", "sent_at", before, limit);
    }
}
