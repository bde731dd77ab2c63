package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import com.harufilm.domain.video.VideoStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Videos in the videos table, one a user and day. */
final class JdbiVideoRepository implements VideoRepository {

    /** The columns {@link #VIDEO} reads. */
    static final String COLUMNS = "id, user_id, upload_date, status, source_key, output_prefix, created_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM videos WHERE ";

    static final RowMapper<Video> VIDEO = (rs, ctx) -> new Video(
            new VideoId(rs.getLong("id")),
            new UserId(rs.getLong("user_id")),
            rs.getObject("upload_date", LocalDate.class),
            VideoStatus.valueOf(rs.getString("status")),
            rs.getString("source_key"),
            rs.getString("output_prefix"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbiHandles handles;

    JdbiVideoRepository(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public Optional<Video> findById(VideoId id) {
        return handles.withHandle(handle -> byId(handle, id.value()));
    }

    @Override
    public Optional<Video> findById(UserId owner, VideoId id) {
        return handles.withHandle(handle -> owned(handle, owner, id));
    }

    @Override
    public Optional<Video> findByDate(UserId userId, LocalDate uploadDate) {
        return handles.withHandle(handle -> handle.createQuery(SELECT + "user_id = :user AND upload_date = :date")
                .bind("user", userId.value()).bind("date", uploadDate)
                .map(VIDEO).findOne());
    }

    @Override
    public Video insertPending(UserId userId, LocalDate uploadDate, String sourceKey, String outputPrefix, Instant now) {
        return handles.withHandle(handle -> {
            long id;
            try {
                // memory_ordinal stays NULL until the video is COMPLETE: only those are drawn as memories.
                id = handle.createUpdate("""
                                INSERT INTO videos (user_id, upload_date, status, source_key, output_prefix,
                                                    status_changed_at, created_at, updated_at)
                                VALUES (:user, :date, :status, :sourceKey, :outputPrefix, :now, :now, :now)""")
                        .bind("user", userId.value()).bind("date", uploadDate).bind("status", VideoStatus.PENDING.name())
                        .bind("sourceKey", sourceKey).bind("outputPrefix", outputPrefix).bind("now", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            } catch (UnableToExecuteStatementException e) {
                // uk_videos_user_date: another upload of the same day committed first.
                if (DuplicateKeys.isViolation(e)) {
                    throw new VideoAlreadyExists("there is already a video for " + uploadDate);
                }
                throw e;
            }
            // Read back rather than rebuilt, so the answer is what later reads see (stored precision).
            return byId(handle, id).orElseThrow();
        });
    }

    @Override
    public void delete(UserId owner, VideoId id) {
        // The schema's foreign keys cascade to video_timestamps and video_renditions.
        handles.inTransaction(handle -> {
            if (owned(handle, owner, id).isEmpty()) {
                return 0;
            }
            int count = MemoryOrdinals.lockCount(handle, owner.value());
            // Read again under the owner's lock (a locking read sees the latest row): a complete may have numbered it.
            Optional<Integer> freed = handle.createQuery(
                            "SELECT memory_ordinal FROM videos WHERE id = :id AND user_id = :user FOR UPDATE")
                    .bind("id", id.value()).bind("user", owner.value()).mapTo(Integer.class).findOne();
            int deleted = handle.createUpdate("DELETE FROM videos WHERE id = :id AND user_id = :user")
                    .bind("id", id.value()).bind("user", owner.value()).execute();
            freed.ifPresent(ordinal -> MemoryOrdinals.release(handle, owner.value(), ordinal, count));
            return deleted;
        });
    }

    @Override
    public List<Video> findBetween(UserId userId, LocalDate from, LocalDate until) {
        return handles.withHandle(handle -> handle.createQuery(SELECT + """
                        user_id = :user AND upload_date >= :from AND upload_date < :until ORDER BY upload_date""")
                .bind("user", userId.value()).bind("from", from).bind("until", until)
                .map(VIDEO).list());
    }

    private static Optional<Video> owned(Handle handle, UserId owner, VideoId id) {
        return handle.createQuery(SELECT + "id = :id AND user_id = :user")
                .bind("id", id.value()).bind("user", owner.value())
                .map(VIDEO).findOne();
    }

    private static Optional<Video> byId(Handle handle, long id) {
        return handle.createQuery(SELECT + "id = :id").bind("id", id).map(VIDEO).findOne();
    }
}
