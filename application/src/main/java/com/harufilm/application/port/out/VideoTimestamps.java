package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The labelled moments of videos. A user's request names the owner, and the owner is part of the query. */
public interface VideoTimestamps {

    /** The labels an upload came with, on the video it just made. */
    void addAll(VideoId videoId, List<VideoTimestamp> timestamps, Instant now);

    /** The timestamps of those of these videos the owner has, in one query, by offset. */
    Map<VideoId, List<StoredTimestamp>> of(UserId owner, List<VideoId> videoIds);

    /** Empty when the owner has no such video. */
    Optional<StoredTimestamp> add(UserId owner, VideoId videoId, VideoTimestamp timestamp, Instant now);

    /** False when the owner's video has no such timestamp. */
    boolean delete(UserId owner, VideoId videoId, long timestampId);
}
