package com.harufilm.application.encoding;

import com.harufilm.application.encoding.PlaybackSigner.SignedPlayback;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.ObjectStore.PresignedUrl;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** One of the caller's videos as the app follows it: state, metadata, and once COMPLETE short-lived links to watch it. */
public final class GetVideo {

    /** The video with its links; both are null until it is COMPLETE. */
    public record VideoView(VideoDetails details, @Nullable PresignedUrl thumbnail, @Nullable SignedPlayback playback) {
    }

    private final VideoRepository videos;
    private final ObjectStore store;
    private final PlaybackSigner signer;
    private final Duration linkLifetime;

    public GetVideo(VideoRepository videos, ObjectStore store, PlaybackSigner signer, Duration linkLifetime) {
        this.videos = videos;
        this.store = store;
        this.signer = signer;
        this.linkLifetime = linkLifetime;
    }

    public VideoView get(UserId caller, VideoId id) {
        VideoDetails details = videos.details(id)
                .filter(found -> found.video().userId().equals(caller))
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"));
        if (details.video().status() != VideoStatus.COMPLETE) {
            return new VideoView(details, null, null);
        }
        return new VideoView(details, store.presignGet(details.thumbnailKey(), linkLifetime), signer.sign(id));
    }
}
