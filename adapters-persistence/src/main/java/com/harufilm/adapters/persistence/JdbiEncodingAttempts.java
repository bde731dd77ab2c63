package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.domain.video.VideoId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Encoding attempts and worker holds in the videos table's encode_* columns. */
final class JdbiEncodingAttempts implements EncodingAttempts {

    private final JdbiHandles handles;

    JdbiEncodingAttempts(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public int begin(VideoId id, Instant leaseUntil) {
        // The guard is VideoStatus.takesReports(): only PENDING or ENCODING are attempted.
        return handles.inTransaction(handle -> {
            int counted = handle.createUpdate("""
                            UPDATE videos SET encode_attempts = encode_attempts + 1, encode_lease_until = :lease,
                                              begun_job_queued_at = COALESCE(job_queued_at, created_at)
                            WHERE id = :id AND status IN ('PENDING', 'ENCODING')""")
                    .bind("id", id.value()).bind("lease", leaseUntil).execute();
            if (counted == 0) {
                return 0;
            }
            return handle.createQuery("SELECT encode_attempts FROM videos WHERE id = :id")
                    .bind("id", id.value()).mapTo(Integer.class).one();
        });
    }

    @Override
    public void renew(VideoId id, Instant leaseUntil) {
        // Only an ENCODING video is being worked on, so only its hold is renewed.
        handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE videos SET encode_lease_until = :lease WHERE id = :id AND status = 'ENCODING'")
                .bind("id", id.value()).bind("lease", leaseUntil).execute());
    }

    @Override
    public void interrupted(VideoId id) {
        // The guard is VideoStatus.takesReports(); an attempt counted is an attempt begun, so it never goes below 0.
        handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE videos SET encode_attempts = GREATEST(encode_attempts - 1, 0), encode_lease_until = NULL
                        WHERE id = :id AND status IN ('PENDING', 'ENCODING')""")
                .bind("id", id.value()).execute());
    }

    @Override
    public List<UnheldVideo> unheld(Instant now, Instant queuedBefore, int limit) {
        // A NULL hold means no worker has begun the job queued last; VideoStatus.takesReports() picks the unfinished ones.
        return handles.withHandle(handle -> handle.createQuery("SELECT " + JdbiVideoRepository.COLUMNS + """
                        , encode_attempts, encode_lease_until FROM videos
                        WHERE status IN ('PENDING', 'ENCODING')
                          AND ((encode_lease_until IS NOT NULL AND encode_lease_until < :now)
                               OR (encode_lease_until IS NULL AND COALESCE(job_queued_at, created_at) < :queuedBefore))
                        ORDER BY status_changed_at, id LIMIT :limit""")
                .bind("now", now).bind("queuedBefore", queuedBefore).bind("limit", limit)
                .map((rs, ctx) -> new UnheldVideo(JdbiVideoRepository.VIDEO.map(rs, ctx), rs.getInt("encode_attempts"),
                        rs.getTimestamp("encode_lease_until") != null))
                .list());
    }

    @Override
    public Optional<Instant> queueMovedPast() {
        return handles.withHandle(handle -> handle.createQuery("SELECT MAX(begun_job_queued_at) FROM videos")
                .map((rs, ctx) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .one());
    }

    @Override
    public void requeued(VideoId id, int lostAttempts, Instant now) {
        // The guard is VideoStatus.takesReports(): a video that ended meanwhile is not requeued.
        handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE videos SET encode_attempts = encode_attempts + :lost, encode_lease_until = NULL,
                                          job_queued_at = :now, status_changed_at = :now
                        WHERE id = :id AND status IN ('PENDING', 'ENCODING')""")
                .bind("id", id.value()).bind("lost", lostAttempts).bind("now", now).execute());
    }
}
