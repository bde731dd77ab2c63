package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.contract.VideoEncodingStateContract;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VideoEncodingState contract on a database, with what only SQL shows: the stored thumbnail key, and rollback. */
abstract class JdbiVideoEncodingStateContract extends VideoEncodingStateContract<JdbiPorts> {

    @Test
    void aCompleteStoresTheThumbnailKeyTheDetailsName() {
        Video video = pending(newUser().id(), DAY);

        encodingState().markComplete(video.id(), encoded(video, 42.5), LATER);

        assertEquals(details(video).thumbnailKey(), ports.adapters.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT thumbnail_key FROM videos WHERE id = ?").bind(0, video.id().value()).mapTo(String.class).one()));
    }

    @Test
    void aCompleteInsideAFailedTransactionLeavesTheVideoEncoding() {
        Video video = pending(newUser().id(), DAY);
        encodingState().markEncoding(video.id(), NOW);

        assertThrows(IllegalStateException.class, () -> ports.adapters.transactions().run(() -> {
            encodingState().markComplete(video.id(), encoded(video, 10), LATER);
            throw new IllegalStateException("the report's transaction fails after the complete");
        }));

        assertEquals(VideoStatus.ENCODING, details(video).video().status());
        assertEquals(List.of(), details(video).renditions());
        assertEquals(List.of(), ports.videoRecords().memoryOrdinals(video.userId()));
    }
}
