package com.harufilm.application.diary;

import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;

/** Removes a label from one of the caller's videos. */
public final class DeleteTimestamp {

    private final VideoRepository videos;
    private final VideoTimestamps timestamps;

    public DeleteTimestamp(VideoRepository videos, VideoTimestamps timestamps) {
        this.videos = videos;
        this.timestamps = timestamps;
    }

    public void delete(UserId caller, VideoId id, long timestampId) {
        OwnedVideos.find(videos, caller, id);
        if (!timestamps.delete(caller, id, timestampId)) {
            throw new VideoNotFound("timestamp " + timestampId + " not found on video " + id);
        }
    }
}
