package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyEncodingEventTest {

    private final Encoding encoding = new Encoding();

    private VideoDetails details() {
        return encoding.data.videos.reads.details(encoding.video.id()).orElseThrow();
    }

    @Test
    void aVideoMovesThroughEncodingToCompleteWithItsMetadata() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.apply().apply(new EncodingEvent.Progress(id, 0.4));
        assertEquals(VideoStatus.ENCODING, details().video().status());
        assertEquals(0.4, details().encodingProgress());

        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded()));

        assertEquals(VideoStatus.COMPLETE, details().video().status());
        assertEquals(12.5, details().durationSec());
        assertEquals(2, details().renditions().size());
        assertNull(details().encodingProgress());
    }

    @Test
    void aFirstRenditionMakesTheVideoWatchableWhileItEncodesAndTheLadderReplacesItAtComplete() {
        var id = encoding.video.id();
        var firstCut = new EncodedVideo(12.5, 1080, 1920,
                List.of(new Rendition(1080, 1920, 13_000_000, encoding.video.outputPrefix() + "hls/source/index.m3u8")));
        encoding.apply().apply(new EncodingEvent.Playable(id, firstCut));
        assertFalse(details().playable(), "not before a worker has started it");

        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.apply().apply(new EncodingEvent.Playable(id, firstCut));

        assertEquals(VideoStatus.ENCODING, details().video().status());
        assertTrue(details().playable());
        assertEquals(firstCut.renditions(), details().renditions());
        assertEquals(List.of(), encoding.notices.kinds(), "the push waits for COMPLETE");

        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded()));
        encoding.apply().apply(new EncodingEvent.Playable(id, firstCut));
        assertEquals(2, details().renditions().size(), "the whole ladder, and a late first cut does not replace it");
        assertEquals(List.of("ENCODING_COMPLETED"), encoding.notices.kinds());
    }

    @Test
    void reportsThatComeAgainOrLateChangeNothing() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded()));

        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded()));
        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.apply().apply(new EncodingEvent.Failed(id, "late", encoding.video.outputPrefix()));

        assertEquals(VideoStatus.COMPLETE, details().video().status());
        assertNull(details().failureReason());
        assertEquals(List.of("ENCODING_COMPLETED"), encoding.notices.kinds(), "one notice however often it is reported");
    }

    @Test
    void progressNeverGoesBackwards() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.apply().apply(new EncodingEvent.Progress(id, 0.6));
        encoding.apply().apply(new EncodingEvent.Progress(id, 0.3));

        assertEquals(0.6, details().encodingProgress());
    }

    @Test
    void aFailureKeepsItsReasonForTheUser() {
        encoding.apply().apply(new EncodingEvent.Failed(encoding.video.id(), "this file is not a video we can play", null));

        assertEquals(VideoStatus.FAILED, details().video().status());
        assertEquals("this file is not a video we can play", details().failureReason());
    }

    @Test
    void aVideoStartedMoreOftenThanTheLimitIsFailedOnceWithAReasonAndOnePush() {
        var id = encoding.video.id();
        for (int attempt = 1; attempt <= 3; attempt++) {
            encoding.apply().apply(new EncodingEvent.Started(id));
            assertEquals(VideoStatus.ENCODING, details().video().status(), "attempt " + attempt + " of 3 may run");
        }

        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.apply().apply(new EncodingEvent.Started(id));

        assertEquals(VideoStatus.FAILED, details().video().status());
        assertEquals("We could not process this video after 3 tries. Please upload it again, or try another file.",
                details().failureReason());
        assertEquals(List.of("ENCODING_FAILED"), encoding.notices.kinds(), "told once, however many deliveries follow");
    }

    @Test
    void startingAndProgressHoldTheVideoForTheHoldTime() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));
        assertEquals(encoding.clock.instant().plus(encoding.limits.hold()), encoding.data.encodingAttempts.holds.get(id));

        encoding.clock.advance(Duration.ofMinutes(10));
        encoding.apply().apply(new EncodingEvent.Progress(id, 0.5));

        assertEquals(encoding.clock.instant().plus(encoding.limits.hold()), encoding.data.encodingAttempts.holds.get(id));
        assertEquals(1, encoding.data.encodingAttempts.attempts.get(id), "progress is no new attempt");
    }

    @Test
    void aReportForADeletedVideoCountsNothing() {
        encoding.data.videos.delete(encoding.video.userId(), encoding.video.id());

        encoding.apply().apply(new EncodingEvent.Started(encoding.video.id()));

        assertTrue(encoding.data.encodingAttempts.attempts.isEmpty());
        assertTrue(encoding.notices.kinds().isEmpty());
    }

    @Test
    void theOutputsOfAVideoDeletedWhileEncodingAreQueuedForDeletion() {
        encoding.data.videos.delete(encoding.video.userId(), encoding.video.id());

        encoding.apply().apply(new EncodingEvent.Completed(encoding.video.id(), encoding.encoded()));

        assertEquals(List.of(encoding.video.outputPrefix()), encoding.deletions.prefixes);
        assertTrue(encoding.data.videos.rows.isEmpty());
    }

    @Test
    void theFolderOfAVideoDeletedBeforeItsEncodeFailedIsQueuedForDeletion() {
        encoding.data.videos.delete(encoding.video.userId(), encoding.video.id());

        encoding.apply().apply(new EncodingEvent.Failed(encoding.video.id(), "gave up", encoding.video.outputPrefix()));

        assertEquals(List.of(encoding.video.outputPrefix()), encoding.deletions.prefixes, "half-stored outputs go too");
        assertTrue(encoding.notices.kinds().isEmpty());
    }

    @Test
    void aReportNamingMoreThanOneVideosFolderRemovesNothing() {
        encoding.data.videos.delete(encoding.video.userId(), encoding.video.id());

        for (String wider : List.of(encoding.video.userId().objectPrefix(), "", "users/", encoding.video.outputPrefix() + "../../")) {
            encoding.apply().apply(new EncodingEvent.Failed(encoding.video.id(), "gave up", wider));
        }

        assertTrue(encoding.deletions.prefixes.isEmpty(), encoding.deletions.prefixes.toString());
    }
}
