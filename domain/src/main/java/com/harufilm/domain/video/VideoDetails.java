package com.harufilm.domain.video;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A video as the app follows it: its encoding state (progress while ENCODING, a reason when
 * FAILED) and, once COMPLETE, its metadata and renditions; plus its timestamps.
 */
public record VideoDetails(
        Video video,
        @Nullable Double encodingProgress,
        @Nullable String failureReason,
        @Nullable Double durationSec,
        @Nullable Integer width,
        @Nullable Integer height,
        List<Rendition> renditions,
        List<StoredTimestamp> timestamps) {

    /** A timestamp as stored, with its id. */
    public record StoredTimestamp(long id, double offsetSec, String label) {
    }

    public VideoDetails {
        renditions = List.copyOf(renditions);
        timestamps = List.copyOf(timestamps);
    }

    /** The same video with these timestamps. */
    public VideoDetails withTimestamps(List<StoredTimestamp> stamps) {
        return new VideoDetails(video, encodingProgress, failureReason, durationSec, width, height, renditions, stamps);
    }

    /**
     * Whether it can be watched: COMPLETE, or still ENCODING with a first rendition stored (its
     * master playlist then lists just that one).
     */
    public boolean playable() {
        return video.status() == VideoStatus.COMPLETE || video.status() == VideoStatus.ENCODING && !renditions.isEmpty();
    }

    public String thumbnailKey() {
        return ObjectKeys.thumbnailKey(video.outputPrefix());
    }

    public String masterPlaylistKey() {
        return ObjectKeys.masterPlaylistKey(video.outputPrefix());
    }
}
