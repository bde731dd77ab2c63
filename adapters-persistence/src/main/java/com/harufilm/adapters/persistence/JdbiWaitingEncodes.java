package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.WaitingEncodes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Waiting videos in the videos table: a job no worker holds has no hold (encode_lease_until) or
 * one that ran out, and was queued at job_queued_at, or with the video when that is NULL. Only unfinished rows are
 * read (ix_videos_status), so the cost grows with the backlog, not with the diary.
 */
final class JdbiWaitingEncodes implements WaitingEncodes {

    private final JdbiHandles handles;

    JdbiWaitingEncodes(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public Optional<Instant> oldestQueuedAt(Instant now) {
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT MIN(COALESCE(job_queued_at, created_at)) FROM videos
                        WHERE status IN ('PENDING', 'ENCODING') AND (encode_lease_until IS NULL OR encode_lease_until < :now)""")
                .bind("now", now)
                .map((rs, ctx) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .one());
    }
}
