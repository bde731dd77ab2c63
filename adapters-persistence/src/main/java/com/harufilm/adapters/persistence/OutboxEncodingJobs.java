package com.harufilm.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.domain.video.EncodingJob;
import java.time.Clock;
import java.time.Instant;

/** Encoding jobs as outbox rows, written in the caller's transaction for the relay to publish once it commits. */
final class OutboxEncodingJobs implements EncodingJobs {

    static final String TOPIC = "encoding.requested";

    /** The message the encoder reads; ids as plain numbers. */
    record Payload(long videoId, long userId, String sourceKey, String outputPrefix) {
    }

    private final JdbiHandles handles;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    OutboxEncodingJobs(JdbiHandles handles, Clock clock) {
        this.handles = handles;
        this.clock = clock;
    }

    @Override
    public void enqueue(EncodingJob job) {
        String payload = serialised(new Payload(job.videoId().value(), job.userId().value(), job.sourceKey(), job.outputPrefix()));
        Instant now = clock.instant();
        // Available at once; the relay pushes available_at back after a failed publish.
        handles.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO outbox (topic, payload, attempts, available_at, created_at, video_id)
                        VALUES (:topic, :payload, 0, :now, :now, :video)""")
                .bind("topic", TOPIC).bind("payload", payload).bind("now", now).bind("video", job.videoId().value())
                .execute());
    }

    private String serialised(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            // A record of numbers and strings always serialises; this would be a programming error.
            throw new IllegalStateException("cannot serialise an encoding job", e);
        }
    }
}
