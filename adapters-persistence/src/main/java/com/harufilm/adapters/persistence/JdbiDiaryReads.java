package com.harufilm.adapters.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.VideoDetails;
import com.harufilm.domain.video.VideoId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Videos with their encoding state and renditions: one query for the rows and one for the
 * renditions of all of them, whatever their number.
 */
final class JdbiDiaryReads implements DiaryReads {

    private record VideoRendition(long videoId, Rendition rendition) {
    }

    private final JdbiHandles handles;

    JdbiDiaryReads(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public Optional<VideoDetails> details(VideoId id) {
        return one("v.id = :id", query -> query.bind("id", id.value()));
    }

    @Override
    public Optional<VideoDetails> details(UserId owner, VideoId id) {
        return one("v.id = :id AND v.user_id = :user", query -> query.bind("id", id.value()).bind("user", owner.value()));
    }

    private Optional<VideoDetails> one(String where, UnaryOperator<Query> bind) {
        // One transaction, so on MariaDB the reads share a snapshot: a video never shows COMPLETE without its
        // renditions.
        return handles.inTransaction(handle -> read(handle, where, "v.id", bind).stream().findFirst());
    }

    @Override
    public int completeCount(UserId userId) {
        // Kept by MemoryOrdinals with every numbering, so no count over the user's videos.
        return handles.withHandle(handle -> handle.createQuery("SELECT complete_videos FROM users WHERE id = :user")
                .bind("user", userId.value()).mapTo(Integer.class).findOne().orElse(0));
    }

    @Override
    public List<VideoDetails> byOrdinals(UserId userId, List<Integer> ordinals) {
        // uk_videos_user_memory: one index lookup per ordinal.
        return completeAmong(userId, "memory_ordinal", ordinals, "v.memory_ordinal");
    }

    @Override
    public List<VideoDetails> completeOn(UserId userId, List<LocalDate> dates) {
        // uk_videos_user_date: one index lookup per date.
        return completeAmong(userId, "upload_date", dates, "v.upload_date DESC");
    }

    /** The user's COMPLETE videos whose {@code column} (a name from this class, never input) is one of the values. */
    private List<VideoDetails> completeAmong(UserId userId, String column, List<?> values, String order) {
        if (values.isEmpty()) {
            return List.of();
        }
        return handles.inTransaction(handle -> read(handle,
                "v.user_id = :user AND v.status = 'COMPLETE' AND v." + column + " IN (<values>)", order,
                query -> query.bind("user", userId.value()).bindList("values", values)));
    }

    /** The videos matching {@code where} (on {@code videos v}), without timestamps; the renditions come first so each row maps straight to its answer. */
    private static List<VideoDetails> read(Handle handle, String where, String order, UnaryOperator<Query> bind) {
        Map<Long, List<Rendition>> renditions = bind.apply(handle.createQuery("""
                        SELECT r.video_id, r.width, r.height, r.bandwidth, r.playlist_key
                        FROM video_renditions r JOIN videos v ON v.id = r.video_id
                        WHERE\s""" + where + " ORDER BY r.video_id, r.height"))
                .map((rs, ctx) -> new VideoRendition(rs.getLong("video_id"), new Rendition(rs.getInt("width"),
                        rs.getInt("height"), rs.getInt("bandwidth"), rs.getString("playlist_key"))))
                .stream()
                .collect(groupingBy(VideoRendition::videoId, mapping(VideoRendition::rendition, toList())));
        return bind.apply(handle.createQuery("SELECT " + JdbiVideoRepository.COLUMNS
                        + ", encoding_progress, failure_reason, duration_sec, width, height FROM videos v WHERE "
                        + where + " ORDER BY " + order))
                .map((rs, ctx) -> new VideoDetails(
                        JdbiVideoRepository.VIDEO.map(rs, ctx),
                        rs.getObject("encoding_progress", Double.class),
                        rs.getString("failure_reason"),
                        rs.getObject("duration_sec", Double.class),
                        rs.getObject("width", Integer.class),
                        rs.getObject("height", Integer.class),
                        renditions.getOrDefault(rs.getLong("id"), List.of()),
                        List.of()))
                .list();
    }
}
