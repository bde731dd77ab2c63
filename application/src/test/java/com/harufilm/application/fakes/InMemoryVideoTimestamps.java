package com.harufilm.application.fakes;

import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The timestamps of an {@link InMemoryVideos}'s videos, each with an id of its own. */
public final class InMemoryVideoTimestamps implements VideoTimestamps {

    private final InMemoryVideos videos;

    InMemoryVideoTimestamps(InMemoryVideos videos) {
        this.videos = videos;
    }

    @Override
    public void addAll(VideoId videoId, List<VideoTimestamp> timestamps, Instant now) {
        timestamps.forEach(timestamp -> videos.stamp(videoId, timestamp.offsetSec(), timestamp.label()));
    }

    @Override
    public Map<VideoId, List<StoredTimestamp>> of(UserId owner, List<VideoId> videoIds) {
        Map<VideoId, List<StoredTimestamp>> found = new HashMap<>();
        videoIds.forEach(id -> found.put(id, videos.findById(owner, id).isEmpty() ? List.of()
                : videos.stamps.getOrDefault(id, List.of()).stream()
                        .sorted(Comparator.comparingDouble(StoredTimestamp::offsetSec).thenComparingLong(StoredTimestamp::id))
                        .toList()));
        return found;
    }

    @Override
    public Optional<StoredTimestamp> add(UserId owner, VideoId videoId, VideoTimestamp timestamp, Instant now) {
        return videos.findById(owner, videoId).map(video -> videos.stamp(videoId, timestamp.offsetSec(), timestamp.label()));
    }

    @Override
    public boolean delete(UserId owner, VideoId videoId, long timestampId) {
        return videos.findById(owner, videoId).isPresent()
                && videos.stamps.getOrDefault(videoId, new ArrayList<>()).removeIf(stamp -> stamp.id() == timestampId);
    }
}
