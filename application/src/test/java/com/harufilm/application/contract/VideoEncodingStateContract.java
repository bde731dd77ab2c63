package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What VideoEncodingState promises: reports move a video only forward, once, as VideoStatus allows. */
public abstract class VideoEncodingStateContract<P extends ContractPorts> extends VideoContract<P> {

    protected static final Instant LATER = NOW.plus(Duration.ofMinutes(5));

    @Test
    void startingAnEncodeSetsProgressToZeroAndARedeliveredJobStartsItOver() {
        Video video = pending(newUser().id(), DAY);

        assertTrue(encodingState().markEncoding(video.id(), NOW));
        encodingState().updateProgress(video.id(), 0.6, NOW);
        assertTrue(encodingState().markEncoding(video.id(), LATER));

        VideoDetails details = details(video);
        assertEquals(VideoStatus.ENCODING, details.video().status());
        assertEquals(0.0, details.encodingProgress());
        assertSameSecond(LATER, ports.videoRecords().statusChangedAt(video.id()));
    }

    @Test
    void progressCountsOnlyWhileEncodingAndNeverMovesBackwards() {
        Video video = pending(newUser().id(), DAY);
        encodingState().updateProgress(video.id(), 0.2, NOW);
        assertEquals(null, details(video).encodingProgress());
        encodingState().markEncoding(video.id(), NOW);

        encodingState().updateProgress(video.id(), 0.5, LATER);
        encodingState().updateProgress(video.id(), 0.3, LATER);
        assertEquals(0.5, details(video).encodingProgress());
        encodingState().updateProgress(video.id(), 0.75, LATER);
        assertEquals(0.75, details(video).encodingProgress());
        // Progress is no status change: the stuck-job sweep still sees when encoding started.
        assertSameSecond(NOW, ports.videoRecords().statusChangedAt(video.id()));

        encodingState().markComplete(video.id(), encoded(video, 30), LATER);
        encodingState().updateProgress(video.id(), 0.9, LATER);
        assertEquals(null, details(video).encodingProgress());
    }

    @Test
    void completingRecordsTheMetadataAndRenditionsOnce() {
        Video video = pending(newUser().id(), DAY);
        encodingState().markEncoding(video.id(), NOW);

        assertTrue(encodingState().markComplete(video.id(), encoded(video, 42.5), LATER));
        assertFalse(encodingState().markComplete(video.id(), new EncodedVideo(1, 2, 2, List.of()), LATER.plusSeconds(60)));

        VideoDetails details = details(video);
        assertEquals(VideoStatus.COMPLETE, details.video().status());
        assertEquals(List.of(42.5, 1080, 1920), List.of(details.durationSec(), details.width(), details.height()));
        assertEquals(null, details.encodingProgress());
        assertEquals(List.of(encoded(video, 0).renditions().get(1), encoded(video, 0).renditions().get(0)), details.renditions());
        assertSameSecond(LATER, ports.videoRecords().statusChangedAt(video.id()));
        assertEquals(List.of(1), ports.videoRecords().memoryOrdinals(video.userId()));
    }

    @Test
    void aFailedVideoKeepsItsReasonAndFinishedVideosTakeNoFurtherReports() {
        Video failed = pending(newUser().id(), DAY);
        Video complete = pending(failed.userId(), DAY.plusDays(1));
        encodingState().markComplete(complete.id(), encoded(complete, 10), NOW);

        assertTrue(encodingState().markFailed(failed.id(), "the file is not a video we can read", NOW));
        assertFalse(encodingState().markFailed(complete.id(), "too late", LATER));
        assertFalse(encodingState().markComplete(failed.id(), encoded(failed, 10), LATER));
        assertFalse(encodingState().markEncoding(failed.id(), LATER));
        assertFalse(encodingState().markEncoding(complete.id(), LATER));

        VideoDetails failedDetails = details(failed);
        assertEquals(VideoStatus.FAILED, failedDetails.video().status());
        assertEquals("the file is not a video we can read", failedDetails.failureReason());
        assertEquals(List.of(), failedDetails.renditions());
        assertEquals(VideoStatus.COMPLETE, details(complete).video().status());
        assertEquals(null, details(complete).failureReason());
        assertEquals(List.of(1), ports.videoRecords().memoryOrdinals(failed.userId()));
    }

    @Test
    void aFirstRenditionMakesAnEncodingVideoWatchableUntilTheLadderReplacesIt() {
        Video video = pending(newUser().id(), DAY);
        assertFalse(encodingState().markPlayable(video.id(), sourceCut(video), NOW), "PENDING: no worker has started it");
        encodingState().markEncoding(video.id(), NOW);

        assertTrue(encodingState().markPlayable(video.id(), sourceCut(video), NOW));
        VideoDetails watchable = details(video);
        assertEquals(VideoStatus.ENCODING, watchable.video().status());
        assertTrue(watchable.playable());
        assertEquals(sourceCut(video).renditions(), watchable.renditions());
        assertEquals(List.of(30.0, 1080, 1920), List.of(watchable.durationSec(), watchable.width(), watchable.height()));
        assertSameSecond(NOW, ports.videoRecords().statusChangedAt(video.id()));

        encodingState().markComplete(video.id(), encoded(video, 30), LATER);
        assertFalse(encodingState().markPlayable(video.id(), sourceCut(video), LATER), "a late report keeps the ladder");
        assertEquals(List.of(encoded(video, 0).renditions().get(1), encoded(video, 0).renditions().get(0)), details(video).renditions());
    }

    @Test
    void aVideoFailedAfterItsFirstRenditionListsNone() {
        Video video = pending(newUser().id(), DAY);
        encodingState().markEncoding(video.id(), NOW);
        encodingState().markPlayable(video.id(), sourceCut(video), NOW);

        assertTrue(encodingState().markFailed(video.id(), "the ladder could not be encoded", LATER));

        assertEquals(List.of(), details(video).renditions());
        assertFalse(details(video).playable());
    }

    private static EncodedVideo sourceCut(Video video) {
        return new EncodedVideo(30, 1080, 1920, List.of(new Rendition(1080, 1920, 13_000_000, video.outputPrefix() + "hls/source/index.m3u8")));
    }

    @Test
    void aVideoThatIsGoneTakesNoReports() {
        Video video = pending(newUser().id(), DAY);
        videos().delete(video.userId(), video.id());

        assertFalse(encodingState().markEncoding(video.id(), NOW));
        assertFalse(encodingState().markComplete(video.id(), encoded(video, 10), NOW));
        assertFalse(encodingState().markFailed(video.id(), "gone", NOW));
        assertFalse(encodingState().markPlayable(video.id(), encoded(video, 10), NOW));
    }

    protected VideoDetails details(Video video) {
        return reads().details(video.id()).orElseThrow();
    }
}
