package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.Video;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What EncodingJobs promises of its outbox, run against every database the product supports. */
abstract class EncodingJobsContract extends PersistenceContract {

    /** An outbox row as the relay will read it. */
    record OutboxRow(String topic, String payload, int attempts, Instant availableAt, Instant createdAt, boolean sent) {
    }

    EncodingJob jobForANewVideo() {
        UserId user = newUser().id();
        String prefix = unique("users/" + user + "/videos/") + "/";
        Video video = adapters.videos().insertPending(user, LocalDate.of(2026, 3, 1), prefix + "source", prefix, NOW);
        return new EncodingJob(video.id(), user, video.sourceKey(), video.outputPrefix());
    }

    @Test
    void aJobEnqueuedInATransactionThatFailsIsNeverWritten() {
        EncodingJob job = jobForANewVideo();

        assertThrows(IllegalStateException.class, () -> adapters.transactions().run(() -> {
            adapters.encodingJobs().enqueue(job);
            throw new IllegalStateException("the upload's transaction fails after the enqueue");
        }));

        assertEquals(0, count("SELECT COUNT(*) FROM outbox WHERE payload LIKE ?", "%" + job.sourceKey() + "%"));
    }

    @Test
    void aCommittedJobIsOneOutboxRowHoldingWhatTheJobFormatWrites() {
        EncodingJob job = jobForANewVideo();

        adapters.transactions().run(() -> adapters.encodingJobs().enqueue(job));

        OutboxRow row = adapters.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT topic, payload, attempts, available_at, created_at, sent_at FROM outbox WHERE payload LIKE ?""")
                .bind(0, "%" + job.sourceKey() + "%")
                .map((rs, ctx) -> new OutboxRow(rs.getString("topic"), rs.getString("payload"), rs.getInt("attempts"),
                        rs.getTimestamp("available_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") != null))
                .one());
        assertEquals(adapters.encodingJobFormat().jobTopic(), row.topic());
        assertEquals(0, row.attempts());
        assertSameSecond(NOW, row.availableAt());
        assertSameSecond(NOW, row.createdAt());
        assertFalse(row.sent());
        assertEquals(adapters.encodingJobFormat().encode(job), row.payload());
    }

    @Test
    void aJobOfAVideoDeletedOrFinishedSinceIsObsoleteForTheRelay() {
        EncodingJob kept = jobForANewVideo();
        EncodingJob deleted = jobForANewVideo();
        EncodingJob failed = jobForANewVideo();
        adapters.transactions().run(() -> List.of(kept, deleted, failed).forEach(adapters.encodingJobs()::enqueue));

        adapters.videos().delete(deleted.userId(), deleted.videoId());
        adapters.videoEncodingState().markFailed(failed.videoId(), "no", NOW);

        assertEquals(List.of(false, true, true), List.of(kept, deleted, failed).stream().map(this::obsolete).toList());
    }

    private boolean obsolete(EncodingJob job) {
        return adapters.outbox().pending(NOW, 10_000).stream().filter(message -> message.payload().contains(job.sourceKey()))
                .findFirst().orElseThrow().obsolete();
    }
}
