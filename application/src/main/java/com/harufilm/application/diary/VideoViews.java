package com.harufilm.application.diary;

import com.harufilm.application.diary.GetVideo.VideoView;
import com.harufilm.application.playback.PlaybackSigner;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Turns stored videos into what the app shows: links once COMPLETE, and timestamps loaded in one
 * query for all of them. Timestamps that fail to load are logged and left out; the videos are
 * still answered, so a failed side query never fails the whole read.
 */
public final class VideoViews {

    private static final System.Logger log = System.getLogger(VideoViews.class.getName());

    private final VideoTimestamps timestamps;
    private final SignedLinks links;
    private final PlaybackSigner signer;
    private final Duration linkLifetime;

    public VideoViews(VideoTimestamps timestamps, SignedLinks links, PlaybackSigner signer, Duration linkLifetime) {
        this.timestamps = timestamps;
        this.links = links;
        this.signer = signer;
        this.linkLifetime = linkLifetime;
    }

    /** {@code found} are the owner's videos. */
    public List<VideoView> withTimestamps(UserId owner, List<VideoDetails> found) {
        Map<VideoId, List<StoredTimestamp>> stamps = Map.of();
        if (!found.isEmpty()) {
            try {
                stamps = timestamps.of(owner, found.stream().map(details -> details.video().id()).toList());
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "timestamps could not be loaded; answering the videos without them", e);
            }
        }
        Map<VideoId, List<StoredTimestamp>> loaded = stamps;
        return found.stream().map(details -> view(details.withTimestamps(loaded.getOrDefault(details.video().id(), List.of())))).toList();
    }

    public VideoView view(VideoDetails details) {
        if (!details.playable()) {
            return new VideoView(details, null, null);
        }
        return new VideoView(details, links.presignGet(details.thumbnailKey(), linkLifetime), signer.sign(details.video().id()));
    }
}
