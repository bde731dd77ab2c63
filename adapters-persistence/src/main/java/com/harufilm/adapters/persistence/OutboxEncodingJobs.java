package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.EncodingJobFormat;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.domain.video.EncodingJob;
import java.time.Clock;
import java.time.Instant;

/**
 * Encoding jobs as outbox rows, written in the caller's transaction for the relay to publish once
 * it commits. The topic and payload are the messaging side's ({@link EncodingJobFormat}): the row
 * holds exactly what the workers decode.
 */
final class OutboxEncodingJobs implements EncodingJobs {

    private final JdbiHandles handles;
    private final EncodingJobFormat format;
    private final Clock clock;
    private final OutboxSignal written;

    OutboxEncodingJobs(JdbiHandles handles, EncodingJobFormat format, Clock clock, OutboxSignal written) {
        this.handles = handles;
        this.format = format;
        this.clock = clock;
        this.written = written;
    }

    @Override
    public void enqueue(EncodingJob job) {
        String payload = format.encode(job);
        Instant now = clock.instant();
        // Available at once; the relay pushes available_at back after a failed publish.
        handles.withHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO outbox (topic, payload, attempts, available_at, created_at, video_id)
                            VALUES (:topic, :payload, 0, :now, :now, :video)""")
                    .bind("topic", format.jobTopic()).bind("payload", payload).bind("now", now).bind("video", job.videoId().value())
                    .execute();
            // The relay cannot see the row before the commit; a rolled-back one never raises it.
            if (handle.isInTransaction()) {
                handle.afterCommit(written::raise);
            } else {
                written.raise();
            }
            return null;
        });
    }
}
