package com.harufilm.adapters.web.diary;

import com.harufilm.application.diary.GetVideo.VideoView;
import com.harufilm.domain.video.VideoDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The contract's {@code video}; links, progress and failure reason appear only when they apply. */
record VideoResponse(
        String videoId, LocalDate uploadDate, String status, @Nullable Double durationSec, @Nullable Integer width,
        @Nullable Integer height, @Nullable String thumbnailUrl, @Nullable String playbackUrl, List<RenditionResponse> renditions,
        List<TimestampResponse> timestamps, Instant createdAt, @Nullable Double encodingProgress, @Nullable String failureReason) {

    record RenditionResponse(int width, int height, int bandwidth) {
    }

    record TimestampResponse(String timestampId, double offsetSec, String label) {
    }

    /** {@code apiBase} is where this API is reached from outside, for the playback link. */
    static VideoResponse from(VideoView view, String apiBase) {
        VideoDetails details = view.details();
        var video = details.video();
        String playbackUrl = view.playback() == null ? null
                : apiBase + "/videos/" + video.id() + "/playback/master.m3u8?expires=" + view.playback().expires()
                        + "&signature=" + view.playback().signature();
        return new VideoResponse(video.id().toString(), video.uploadDate(), video.status().name(), details.durationSec(),
                details.width(), details.height(), view.thumbnail() == null ? null : view.thumbnail().url().toString(), playbackUrl,
                details.renditions().stream().map(r -> new RenditionResponse(r.width(), r.height(), r.bandwidth())).toList(),
                details.timestamps().stream().map(t -> new TimestampResponse(Long.toString(t.id()), t.offsetSec(), t.label())).toList(),
                video.createdAt(), details.encodingProgress(), details.failureReason());
    }
}
