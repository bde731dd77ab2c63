package com.harufilm.adapters.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.port.out.EncodingJobFormat;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The wire shapes of jobs and events, as the README documents them. */
class EncodingMessagesTest {

    private final EncodingMessages messages = new EncodingMessages();
    private final VideoId video = new VideoId(42);

    @Test
    void aJobIsTheOutboxShapeAndReadsBack() {
        var job = new EncodingJob(video, new UserId(3), "users/3/videos/42/source", "users/3/videos/42/");

        String json = messages.encode(job);

        assertEquals("{\"videoId\":42,\"userId\":3,\"sourceKey\":\"users/3/videos/42/source\",\"outputPrefix\":\"users/3/videos/42/\"}", json);
        assertEquals(job, messages.decodeJob(json));
    }

    @Test
    void theOutboxWritesJobsUnderTheTopicTheWorkersConsume() {
        EncodingJobFormat format = messages;

        assertEquals("encoding.requested", format.jobTopic(), "rows already in the outbox carry this topic");
        assertEquals(Topics.ENCODING_REQUESTED, format.jobTopic());
    }

    @Test
    void everyEventTypeHasItsShapeAndReadsBack() {
        var completed = new EncodingEvent.Completed(video, new EncodedVideo(30.5, 1080, 1920,
                List.of(new Rendition(360, 640, 730_000, "users/3/videos/42/360p.m3u8"),
                        new Rendition(1080, 1920, 6_000_000, "users/3/videos/42/1080p.m3u8"))), Duration.ofMillis(84_120));
        var wire = List.of(
                "{\"videoId\":42,\"type\":\"STARTED\"}",
                "{\"videoId\":42,\"type\":\"PROGRESS\",\"progress\":0.42}",
                "{\"videoId\":42,\"type\":\"COMPLETED\",\"result\":{\"durationSec\":30.5,\"width\":1080,\"height\":1920,\"renditions\":["
                        + "{\"width\":360,\"height\":640,\"bandwidth\":730000,\"playlistKey\":\"users/3/videos/42/360p.m3u8\"},"
                        + "{\"width\":1080,\"height\":1920,\"bandwidth\":6000000,\"playlistKey\":\"users/3/videos/42/1080p.m3u8\"}]},"
                        + "\"workerMs\":84120}",
                "{\"videoId\":42,\"type\":\"PLAYABLE\",\"result\":{\"durationSec\":30.5,\"width\":1080,\"height\":1920,\"renditions\":["
                        + "{\"width\":1080,\"height\":1920,\"bandwidth\":13000000,\"playlistKey\":\"users/3/videos/42/hls/source/index.m3u8\"}]}}",
                "{\"videoId\":42,\"type\":\"FAILED\",\"reason\":\"This file is not a video we can play.\",\"outputPrefix\":\"users/3/videos/42/\"}",
                "{\"videoId\":42,\"type\":\"INTERRUPTED\"}");
        var playable = new EncodingEvent.Playable(video, new EncodedVideo(30.5, 1080, 1920,
                List.of(new Rendition(1080, 1920, 13_000_000, "users/3/videos/42/hls/source/index.m3u8"))));
        var events = List.of(new EncodingEvent.Started(video), new EncodingEvent.Progress(video, 0.42), completed, playable,
                new EncodingEvent.Failed(video, "This file is not a video we can play.", "users/3/videos/42/"),
                new EncodingEvent.Interrupted(video));

        for (int i = 0; i < events.size(); i++) {
            assertEquals(wire.get(i), messages.encode(events.get(i)));
            assertEquals(events.get(i), messages.decodeEvent(wire.get(i)));
        }
    }

    @Test
    void aCompletionFromAWorkerThatDoesNotTimeItselfReadsBackWithoutAWorkerTime() {
        var completed = (EncodingEvent.Completed) messages.decodeEvent("{\"videoId\":42,\"type\":\"COMPLETED\",\"result\":"
                + "{\"durationSec\":1.0,\"width\":2,\"height\":2,\"renditions\":[]}}");

        assertNull(completed.workerTime());
        assertEquals(completed, messages.decodeEvent(messages.encode(completed)));
    }

    @Test
    void aFailureFromAWorkerThatNamesNoFolderReadsBackWithoutOne() {
        assertEquals(new EncodingEvent.Failed(video, "no", null), messages.decodeEvent("{\"videoId\":42,\"type\":\"FAILED\",\"reason\":\"no\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not json", "[1,2]", "{\"videoId\":", "{}",
        "{\"videoId\":0,\"userId\":3,\"sourceKey\":\"s\",\"outputPrefix\":\"p\"}",
        "{\"videoId\":1.5,\"userId\":3,\"sourceKey\":\"s\",\"outputPrefix\":\"p\"}",
        "{\"videoId\":\"7\",\"userId\":3,\"sourceKey\":\"s\",\"outputPrefix\":\"p\"}",
        "{\"videoId\":7,\"userId\":3,\"sourceKey\":null,\"outputPrefix\":\"p\"}"})
    void aPayloadThatIsNotAJobIsMalformed(String payload) {
        assertThrows(MalformedMessage.class, () -> messages.decodeJob(payload));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"videoId\":42}", "{\"videoId\":42,\"type\":\"EXPLODED\"}", "{\"videoId\":42,\"type\":\"PROGRESS\"}",
        "{\"videoId\":42,\"type\":\"COMPLETED\",\"result\":{\"durationSec\":1,\"width\":1,\"height\":1,\"renditions\":{}}}",
        "{\"videoId\":42,\"type\":\"COMPLETED\",\"result\":{\"durationSec\":1,\"width\":99999999999,\"height\":1,\"renditions\":[]}}",
        "{\"videoId\":42,\"type\":\"FAILED\"}"})
    void aPayloadThatIsNotAnEventIsMalformed(String payload) {
        assertThrows(MalformedMessage.class, () -> messages.decodeEvent(payload));
    }
}
