package com.harufilm.application.diary;

import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Clock;

/** Labels a moment of one of the caller's videos; once the duration is known the moment must lie within it. */
public final class AddTimestamp {

    private final VideoRepository videos;
    private final Clock clock;

    public AddTimestamp(VideoRepository videos, Clock clock) {
        this.videos = videos;
        this.clock = clock;
    }

    public StoredTimestamp add(UserId caller, VideoId id, VideoTimestamp timestamp) {
        // One read for both the ownership check and the duration.
        Double duration = videos.details(caller, id)
                .filter(details -> details.video().userId().equals(caller))
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"))
                .durationSec();
        if (duration != null && timestamp.offsetSec() > duration) {
            throw new InvalidRequest("offsetSec", "offsetSec must be within the video's " + duration + " seconds");
        }
        return videos.addTimestamp(caller, id, timestamp, clock.instant())
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"));
    }
}
