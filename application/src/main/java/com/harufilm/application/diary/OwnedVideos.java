package com.harufilm.application.diary;

import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;

/** Finds the caller's video; someone else's is VIDEO_NOT_FOUND, so ids cannot be probed. */
final class OwnedVideos {

    private OwnedVideos() {
    }

    static Video find(VideoRepository videos, UserId caller, VideoId id) {
        return videos.findById(caller, id).filter(video -> video.ownedBy(caller))
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"));
    }
}
