package com.harufilm.adapters.persistence;

import static java.util.stream.Collectors.toMap;

import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** The labelled moments of videos in video_timestamps. Part of JdbiVideoRepository. */
final class JdbiVideoTimestamps {

    private static final String INSERT = """
            INSERT INTO video_timestamps (video_id, offset_sec, label, created_at)
            VALUES (:video, :offset, :label, :now)""";

    private record VideoStamp(long videoId, StoredTimestamp stamp) {
    }

    private final JdbiHandles handles;

    JdbiVideoTimestamps(JdbiHandles handles) {
        this.handles = handles;
    }

    void addAll(VideoId videoId, List<VideoTimestamp> timestamps, Instant now) {
        if (timestamps.isEmpty()) {
            return;
        }
        handles.withHandle(handle -> {
            var batch = handle.prepareBatch(INSERT);
            for (VideoTimestamp timestamp : timestamps) {
                batch.bind("video", videoId.value()).bind("offset", timestamp.offsetSec()).bind("label", timestamp.label())
                        .bind("now", now).add();
            }
            return batch.execute();
        });
    }

    StoredTimestamp add(VideoId videoId, VideoTimestamp timestamp, Instant now) {
        long id = handles.withHandle(handle -> handle.createUpdate(INSERT)
                .bind("video", videoId.value()).bind("offset", timestamp.offsetSec()).bind("label", timestamp.label())
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new StoredTimestamp(id, timestamp.offsetSec(), timestamp.label());
    }

    boolean delete(VideoId videoId, long timestampId) {
        // The video too: an id alone would let a caller who owns one video delete another's timestamps.
        return handles.withHandle(handle -> handle.createUpdate("DELETE FROM video_timestamps WHERE id = :id AND video_id = :video")
                .bind("id", timestampId).bind("video", videoId.value()).execute()) > 0;
    }

    Map<VideoId, List<StoredTimestamp>> of(List<VideoId> videoIds) {
        return handles.withHandle(handle -> of(handle, videoIds));
    }

    /** Every requested video is a key, with an empty list when it has no timestamps. */
    static Map<VideoId, List<StoredTimestamp>> of(Handle handle, List<VideoId> videoIds) {
        if (videoIds.isEmpty()) {
            return Map.of();
        }
        Map<VideoId, List<StoredTimestamp>> found = videoIds.stream()
                .collect(toMap(Function.identity(), id -> new ArrayList<>(), (a, b) -> a));
        handle.createQuery("""
                        SELECT id, video_id, offset_sec, label FROM video_timestamps
                        WHERE video_id IN (<videos>) ORDER BY video_id, offset_sec, id""")
                .bindList("videos", videoIds.stream().map(VideoId::value).distinct().toList())
                .map((rs, ctx) -> new VideoStamp(rs.getLong("video_id"),
                        new StoredTimestamp(rs.getLong("id"), rs.getDouble("offset_sec"), rs.getString("label"))))
                .forEach(row -> found.get(new VideoId(row.videoId())).add(row.stamp()));
        return found.entrySet().stream().collect(toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }
}
