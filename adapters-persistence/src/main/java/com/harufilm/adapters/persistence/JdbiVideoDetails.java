package com.harufilm.adapters.persistence;

import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoDetails.StoredTimestamp;
import com.harufilm.domain.video.VideoId;
import java.util.List;
import java.util.Optional;

/** A video with its encoding state, renditions and timestamps, in three reads. Part of JdbiVideoRepository. */
final class JdbiVideoDetails {

    private final JdbiHandles handles;

    JdbiVideoDetails(JdbiHandles handles) {
        this.handles = handles;
    }

    Optional<VideoDetails> details(VideoId id) {
        // One transaction, so on MariaDB the reads share a snapshot: a video never shows COMPLETE without its
        // renditions. The lists come first so the video's row maps straight to the answer.
        return handles.inTransaction(handle -> {
            List<Rendition> renditions = handle.createQuery("""
                            SELECT width, height, bandwidth, playlist_key FROM video_renditions
                            WHERE video_id = :video ORDER BY height""")
                    .bind("video", id.value())
                    .map((rs, ctx) -> new Rendition(rs.getInt("width"), rs.getInt("height"), rs.getInt("bandwidth"),
                            rs.getString("playlist_key")))
                    .list();
            List<StoredTimestamp> timestamps = handle.createQuery("""
                            SELECT id, offset_sec, label FROM video_timestamps
                            WHERE video_id = :video ORDER BY offset_sec, id""")
                    .bind("video", id.value())
                    .map((rs, ctx) -> new StoredTimestamp(rs.getLong("id"), rs.getDouble("offset_sec"), rs.getString("label")))
                    .list();
            return handle.createQuery("SELECT " + JdbiVideoRepository.COLUMNS
                            + ", encoding_progress, failure_reason, duration_sec, width, height FROM videos WHERE id = :id")
                    .bind("id", id.value())
                    .map((rs, ctx) -> new VideoDetails(
                            JdbiVideoRepository.VIDEO.map(rs, ctx),
                            rs.getObject("encoding_progress", Double.class),
                            rs.getString("failure_reason"),
                            rs.getObject("duration_sec", Double.class),
                            rs.getObject("width", Integer.class),
                            rs.getObject("height", Integer.class),
                            renditions,
                            timestamps))
                    .findOne();
        });
    }
}
