package com.harufilm.adapters.persistence;

import static java.util.stream.Collectors.toMap;

import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoTimestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The labelled moments of videos in video_timestamps. */
final class JdbiVideoTimestamps implements VideoTimestamps {

    private static final String INSERT = """
            INSERT INTO video_timestamps (video_id, offset_sec, label, created_at)
            VALUES (:video, :offset, :label, :now)""";
    // Inserts only where the owner has the video: zero rows otherwise.
    private static final String INSERT_OWNED = """
            INSERT INTO video_timestamps (video_id, offset_sec, label, created_at)
            SELECT id, :offset, :label, :now FROM videos WHERE id = :video AND user_id = :user""";

    private record VideoStamp(long videoId, StoredTimestamp stamp) {
    }

    private final JdbiHandles handles;

    JdbiVideoTimestamps(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public void addAll(VideoId videoId, List<VideoTimestamp> timestamps, Instant now) {
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

    @Override
    public Optional<StoredTimestamp> add(UserId owner, VideoId videoId, VideoTimestamp timestamp, Instant now) {
        return handles.withHandle(handle -> handle.createUpdate(INSERT_OWNED)
                        .bind("video", videoId.value()).bind("user", owner.value())
                        .bind("offset", timestamp.offsetSec()).bind("label", timestamp.label()).bind("now", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).findOne())
                .map(id -> new StoredTimestamp(id, timestamp.offsetSec(), timestamp.label()));
    }

    @Override
    public boolean delete(UserId owner, VideoId videoId, long timestampId) {
        // The video and its owner too: an id alone would let a caller delete another's timestamps.
        return handles.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM video_timestamps WHERE id = :id AND video_id = :video
                        AND video_id IN (SELECT id FROM videos WHERE id = :video AND user_id = :user)""")
                .bind("id", timestampId).bind("video", videoId.value()).bind("user", owner.value()).execute()) > 0;
    }

    /** Every requested video is a key, with an empty list when it has no timestamps or is not the owner's. */
    @Override
    public Map<VideoId, List<StoredTimestamp>> of(UserId owner, List<VideoId> videoIds) {
        if (videoIds.isEmpty()) {
            return Map.of();
        }
        Map<VideoId, List<StoredTimestamp>> found = videoIds.stream()
                .collect(toMap(Function.identity(), id -> new ArrayList<>(), (a, b) -> a));
        List<VideoStamp> rows = handles.withHandle(handle -> handle.createQuery("""
                        SELECT t.id, t.video_id, t.offset_sec, t.label FROM video_timestamps t JOIN videos v ON v.id = t.video_id
                        WHERE t.video_id IN (<videos>) AND v.user_id = :user ORDER BY t.video_id, t.offset_sec, t.id""")
                .bindList("videos", videoIds.stream().map(VideoId::value).distinct().toList())
                .bind("user", owner.value())
                .map((rs, ctx) -> new VideoStamp(rs.getLong("video_id"),
                        new StoredTimestamp(rs.getLong("id"), rs.getDouble("offset_sec"), rs.getString("label"))))
                .list());
        rows.forEach(row -> found.get(new VideoId(row.videoId())).add(row.stamp()));
        return found.entrySet().stream().collect(toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }
}
