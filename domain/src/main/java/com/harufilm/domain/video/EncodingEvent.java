package com.harufilm.domain.video;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What the worker reports about a video's encoding, in the order it happens. */
public sealed interface EncodingEvent {

    VideoId videoId();

    /** The worker took the job. */
    record Started(VideoId videoId) implements EncodingEvent {
    }

    /** FFmpeg's own progress, 0.0 to 1.0. */
    record Progress(VideoId videoId, double fraction) implements EncodingEvent {
    }

    /**
     * A first rendition is stored and playable while the ladder is still being encoded: the
     * source as it is, with its master playlist and thumbnail. Only an ENCODING video takes it.
     */
    record Playable(VideoId videoId, EncodedVideo firstCut) implements EncodingEvent {
    }

    /**
     * {@code workerTime} is how long the worker spent on this attempt, from taking the job to this
     * report; null in reports from workers older than that field.
     */
    record Completed(VideoId videoId, EncodedVideo result, @Nullable Duration workerTime) implements EncodingEvent {

        public Completed(VideoId videoId, EncodedVideo result) {
            this(videoId, result, null);
        }
    }

    /** The worker stopped (shut down) before it finished, and gave the job back to the queue. */
    record Interrupted(VideoId videoId) implements EncodingEvent {
    }

    /**
     * {@code reason} is in words a user understands. {@code outputPrefix} is where the worker may
     * have stored outputs, so the API can remove them when the video was deleted meanwhile; null
     * in reports from workers older than that field.
     */
    record Failed(VideoId videoId, String reason, @Nullable String outputPrefix) implements EncodingEvent {
    }
}
