package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.Rendition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What applying the worker's reports measures for the operator. */
class EncodingMeasurementsTest {

    private final Encoding encoding = new Encoding();

    @Test
    void timesToPlayableAndToCompleteRunFromTheUploadAndTheWorkersOwnTimeComesWithItsReport() {
        var id = encoding.video.id();
        var firstCut = new EncodedVideo(12.5, 1080, 1920,
                List.of(new Rendition(1080, 1920, 13_000_000, encoding.video.outputPrefix() + "hls/source/index.m3u8")));
        encoding.clock.advance(Duration.ofSeconds(5));
        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.clock.advance(Duration.ofSeconds(15));
        encoding.apply().apply(new EncodingEvent.Playable(id, firstCut));
        encoding.clock.advance(Duration.ofSeconds(40));

        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded(), Duration.ofSeconds(54)));
        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded(), Duration.ofSeconds(54)));
        encoding.apply().apply(new EncodingEvent.Playable(id, firstCut));

        assertEquals(List.of("playable PT20S", "completed PT1M", "encoded PT54S"), encoding.measurements.recorded,
                "a repeated or late report measures nothing");
    }

    @Test
    void aReportFromAWorkerThatDoesNotTimeItselfMeasuresOnlyTheTimeToComplete() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.clock.advance(Duration.ofSeconds(30));

        encoding.apply().apply(new EncodingEvent.Completed(id, encoding.encoded()));

        assertEquals(List.of("completed PT30S"), encoding.measurements.recorded);
    }

    @Test
    void aFailedVideoIsCountedOnceHoweverOftenItIsReported() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));

        encoding.apply().apply(new EncodingEvent.Failed(id, "not a video", encoding.video.outputPrefix()));
        encoding.apply().apply(new EncodingEvent.Failed(id, "not a video", encoding.video.outputPrefix()));

        assertEquals(List.of("failed"), encoding.measurements.recorded);
    }

    @Test
    void aVideoThatRunsOutOfAttemptsCountsAsFailed() {
        var id = encoding.video.id();
        for (int attempt = 1; attempt <= encoding.limits.maxAttempts() + 1; attempt++) {
            encoding.apply().apply(new EncodingEvent.Started(id));
        }

        assertEquals(List.of("failed"), encoding.measurements.recorded);
    }
}
