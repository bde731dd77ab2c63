package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.PartPlan;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Upload sessions in upload_sessions: the part plan as three columns, states by their names. A
 * session is read and written by id and owner together ({@code WHERE id = ? AND user_id = ?}).
 */
final class JdbiUploadSessions implements UploadSessions {

    private static final String SELECT = """
            SELECT id, user_id, upload_date, store_upload_id, object_key, file_name, content_type,
                   file_size, part_size, part_count, state, video_id, created_at, expires_at
            FROM upload_sessions\s""";

    private static final RowMapper<UploadSession> SESSION = (rs, ctx) -> {
        Long videoId = rs.getObject("video_id", Long.class);
        return new UploadSession(
                new UploadId(rs.getLong("id")),
                new UserId(rs.getLong("user_id")),
                rs.getObject("upload_date", LocalDate.class),
                rs.getString("store_upload_id"),
                rs.getString("object_key"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                new PartPlan(rs.getLong("file_size"), rs.getInt("part_size"), rs.getInt("part_count")),
                UploadState.valueOf(rs.getString("state")),
                videoId == null ? null : new VideoId(videoId),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    };

    private final JdbiHandles handles;

    JdbiUploadSessions(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public UploadSession insert(NewUploadSession session) {
        return handles.withHandle(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO upload_sessions (user_id, upload_date, store_upload_id, object_key, file_name,
                                                         content_type, file_size, part_size, part_count, state,
                                                         created_at, expires_at)
                            VALUES (:user, :date, :storeUploadId, :objectKey, :fileName,
                                    :contentType, :fileSize, :partSize, :partCount, :state,
                                    :createdAt, :expiresAt)""")
                    .bind("user", session.userId().value())
                    .bind("date", session.uploadDate())
                    .bind("storeUploadId", session.storeUploadId())
                    .bind("objectKey", session.objectKey())
                    .bind("fileName", session.fileName())
                    .bind("contentType", session.contentType())
                    .bind("fileSize", session.plan().fileSize())
                    .bind("partSize", session.plan().partSize())
                    .bind("partCount", session.plan().partCount())
                    .bind("state", UploadState.ACTIVE.name())
                    .bind("createdAt", session.createdAt())
                    .bind("expiresAt", session.expiresAt())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // Read back rather than rebuilt, so the answer is what later reads see (stored precision).
            return find(handle, session.userId(), id, "").orElseThrow();
        });
    }

    @Override
    public Optional<UploadSession> find(UserId owner, UploadId id) {
        return handles.withHandle(handle -> find(handle, owner, id.value(), ""));
    }

    @Override
    public Optional<UploadSession> lock(UserId owner, UploadId id) {
        // The row lock lasts until the caller's transaction ends; outside one it would end with the statement.
        return handles.withHandle(handle -> find(handle, owner, id.value(), " FOR UPDATE"));
    }

    @Override
    public void markCompleted(UserId owner, UploadId id, VideoId videoId, Instant now) {
        // No state guard: the caller holds the row lock (lock) and has checked UploadState.canMoveTo(COMPLETED).
        handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE upload_sessions SET state = :state, video_id = :video, finished_at = :now
                        WHERE id = :id AND user_id = :owner""")
                .bind("state", UploadState.COMPLETED.name()).bind("video", videoId.value()).bind("now", now)
                .bind("id", id.value()).bind("owner", owner.value())
                .execute());
    }

    @Override
    public boolean end(UserId owner, UploadId id, UploadState state, Instant now) {
        if (state != UploadState.ABORTED && state != UploadState.EXPIRED) {
            throw new IllegalArgumentException("an upload session ends ABORTED or EXPIRED, not " + state);
        }
        // Compare-and-set in one statement for UploadState.canMoveTo: only ACTIVE ends, so an abort racing the
        // expiry sweeper (or a complete) ends it once.
        return handles.withHandle(handle -> handle.createUpdate("""
                        UPDATE upload_sessions SET state = :state, finished_at = :now
                        WHERE id = :id AND user_id = :owner AND state = 'ACTIVE'""")
                .bind("state", state.name()).bind("now", now).bind("id", id.value()).bind("owner", owner.value())
                .execute()) == 1;
    }

    @Override
    public List<UploadSession> activeOf(UserId owner) {
        // Served by ix_upload_sessions_user_date (user_id, upload_date): a user holds a handful of sessions.
        return handles.withHandle(handle -> handle.createQuery(SELECT + """
                        WHERE user_id = :owner AND state = 'ACTIVE'
                        ORDER BY created_at, id""")
                .bind("owner", owner.value())
                .map(SESSION).list());
    }

    @Override
    public List<UploadSession> findExpired(Instant now, int limit) {
        // UploadSession.isOverdueAt: ACTIVE with its time up. Served by ix_upload_sessions_expiry (state, expires_at);
        // id breaks ties so pages are stable.
        return handles.withHandle(handle -> handle.createQuery(SELECT + """
                        WHERE state = 'ACTIVE' AND expires_at <= :now
                        ORDER BY expires_at, id LIMIT :limit""")
                .bind("now", now).bind("limit", limit)
                .map(SESSION).list());
    }

    @Override
    public boolean isActive(String objectKey) {
        return handles.withHandle(handle -> handle.createQuery(
                        "SELECT 1 FROM upload_sessions WHERE object_key = :key AND state = 'ACTIVE' LIMIT 1")
                .bind("key", objectKey)
                .mapTo(Integer.class).findOne().isPresent());
    }

    private static Optional<UploadSession> find(Handle handle, UserId owner, long id, String lock) {
        return handle.createQuery(SELECT + "WHERE id = :id AND user_id = :owner" + lock)
                .bind("id", id).bind("owner", owner.value())
                .map(SESSION).findOne();
    }
}
