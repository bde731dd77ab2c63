package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareId;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Share links in shares, found by their token's hash; the foreign keys end them with their video or user. */
final class JdbiShareLinks implements ShareLinks {

    private static final String COLUMNS = "id, video_id, seed, token_hash, created_at, expires_at, views";
    private static final RowMapper<Share> SHARE = (rs, ctx) -> new Share(
            new ShareId(rs.getLong("id")),
            new VideoId(rs.getLong("video_id")),
            rs.getString("seed"),
            rs.getString("token_hash"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(),
            rs.getLong("views"));

    private final JdbiHandles handles;

    JdbiShareLinks(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public Share insert(UserId owner, VideoId videoId, String seed, String tokenHash, Instant now, Instant expiresAt) {
        // Whole seconds, as Connector/J sends an instant to MariaDB: the answer says what a later read will.
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expires = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        long id = handles.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO shares (user_id, video_id, seed, token_hash, created_at, expires_at)
                        VALUES (:user, :video, :seed, :hash, :now, :expires)""")
                .bind("user", owner.value()).bind("video", videoId.value()).bind("seed", seed).bind("hash", tokenHash)
                .bind("now", created).bind("expires", expires)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Share(new ShareId(id), videoId, seed, tokenHash, created, expires, 0);
    }

    @Override
    public int countLive(UserId owner, Instant now) {
        return handles.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM shares WHERE user_id = :user AND expires_at > :now")
                .bind("user", owner.value()).bind("now", now).mapTo(Integer.class).one());
    }

    @Override
    public List<Share> live(UserId owner, VideoId videoId, Instant now) {
        return handles.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM shares WHERE video_id = :video AND user_id = :user AND expires_at > :now
                        ORDER BY created_at DESC, id DESC""")
                .bind("video", videoId.value()).bind("user", owner.value()).bind("now", now).map(SHARE).list());
    }

    @Override
    public boolean revoke(UserId owner, ShareId id) {
        return handles.withHandle(handle -> handle.createUpdate("DELETE FROM shares WHERE id = :id AND user_id = :user")
                .bind("id", id.value()).bind("user", owner.value()).execute()) > 0;
    }

    @Override
    public Optional<Share> findLive(String tokenHash, Instant now) {
        return handles.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM shares WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", now).map(SHARE).findOne());
    }

    @Override
    public void countView(ShareId id) {
        handles.withHandle(handle -> handle.createUpdate("UPDATE shares SET views = views + 1 WHERE id = :id").bind("id", id.value()).execute());
    }

    @Override
    public int forgetFinishedBefore(Instant before, int limit) {
        return OldRows.forget(handles, "shares", "expires_at", before, limit);
    }
}
