package com.harufilm.domain.video;

/** What the worker reports about a video's encoding, in the order it happens. */
public sealed interface EncodingEvent {

    VideoId videoId();

    /** The worker took the job. */
    record Started(VideoId videoId) implements EncodingEvent {
    }

    /** FFmpeg's own progress, 0.0 to 1.0. */
    record Progress(VideoId videoId, double fraction) implements EncodingEvent {
    }

    record Completed(VideoId videoId, EncodedVideo result) implements EncodingEvent {
    }

    /** {@code reason} is in words a user understands. */
    record Failed(VideoId videoId, String reason) implements EncodingEvent {
    }
}
