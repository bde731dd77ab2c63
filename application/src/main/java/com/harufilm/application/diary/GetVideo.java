package com.harufilm.application.diary;

import com.harufilm.application.playback.PlaybackSigner.SignedPlayback;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.SignedLinks.PresignedUrl;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of the caller's videos as the app follows it: state, metadata, timestamps, and once COMPLETE short-lived links to watch it. */
public final class GetVideo {

    /** The video with its links; both are null until it is COMPLETE. */
    public record VideoView(VideoDetails details, @Nullable PresignedUrl thumbnail, @Nullable SignedPlayback playback) {
    }

    private final DiaryReads videos;
    private final VideoViews views;

    public GetVideo(DiaryReads videos, VideoViews views) {
        this.videos = videos;
        this.views = views;
    }

    public VideoView get(UserId caller, VideoId id) {
        VideoDetails details = videos.details(caller, id)
                .filter(found -> found.video().ownedBy(caller))
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"));
        return views.withTimestamps(caller, List.of(details)).getFirst();
    }
}
