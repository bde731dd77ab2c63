package com.harufilm.application.encoding;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.video.VideoId;
import java.lang.System.Logger.Level;
import java.time.Instant;

/** Fails an unfinished video with a reason for its owner, who is told once (the notice is keyed by the video). */
final class EncodingFailures {

    private static final System.Logger log = System.getLogger(EncodingFailures.class.getName());

    private final VideoRepository videos;
    private final VideoEncodingState encodingState;
    private final Notices notices;

    EncodingFailures(VideoRepository videos, VideoEncodingState encodingState, Notices notices) {
        this.videos = videos;
        this.encodingState = encodingState;
        this.notices = notices;
    }

    /** Call inside a transaction, so the notice commits with the status; false when the video was no longer unfinished. */
    boolean fail(VideoId id, String reason, Instant now) {
        if (!encodingState.markFailed(id, reason, now)) {
            return false;
        }
        log.log(Level.INFO, "video {0} failed to encode: {1}", id, reason);
        videos.findById(id).ifPresent(video -> notices.encodingFailed(video.userId(), video.id(), video.uploadDate(), reason));
        return true;
    }
}
