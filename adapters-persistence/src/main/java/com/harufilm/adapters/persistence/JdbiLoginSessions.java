package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.domain.user.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Logins in login_sessions and their refresh tokens, kept as hashes, in refresh_tokens. */
final class JdbiLoginSessions implements LoginSessions {

    private static final RowMapper<StoredRefreshToken> TOKEN = (rs, ctx) -> {
        Timestamp spentAt = rs.getTimestamp("spent_at");
        return new StoredRefreshToken(
                rs.getLong("token_id"),
                rs.getLong("session_id"),
                new UserId(rs.getLong("user_id")),
                rs.getTimestamp("expires_at").toInstant(),
                spentAt == null ? null : spentAt.toInstant(),
                rs.getTimestamp("revoked_at") != null);
    };

    private final JdbiHandles handles;

    JdbiLoginSessions(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public long start(UserId userId, String tokenHash, Instant now, Instant expiresAt) {
        // A transaction of its own when the caller has none: a login never exists without its first token.
        return handles.inTransaction(handle -> {
            long sessionId = handle.createUpdate("INSERT INTO login_sessions (user_id, created_at) VALUES (:user, :now)")
                    .bind("user", userId.value()).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertToken(handle, sessionId, tokenHash, now, expiresAt);
            return sessionId;
        });
    }

    @Override
    public Optional<StoredRefreshToken> findByHash(String tokenHash) {
        return handles.withHandle(handle -> handle.createQuery("""
                        SELECT t.id AS token_id, t.login_session_id AS session_id, s.user_id, t.expires_at, t.spent_at, s.revoked_at
                        FROM refresh_tokens t JOIN login_sessions s ON s.id = t.login_session_id
                        WHERE t.token_hash = :hash""")
                .bind("hash", tokenHash).map(TOKEN).findOne());
    }

    @Override
    public boolean spend(long tokenId, Instant now) {
        // Compare-and-set in one statement: of two requests racing with one token, the second
        // waits on the row lock, then finds it spent and changes nothing.
        return handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET spent_at = :now WHERE id = :id AND spent_at IS NULL")
                .bind("now", now).bind("id", tokenId)
                .execute()) == 1;
    }

    @Override
    public void issue(long sessionId, String tokenHash, Instant now, Instant expiresAt) {
        handles.withHandle(handle -> insertToken(handle, sessionId, tokenHash, now, expiresAt));
    }

    @Override
    public void revoke(long sessionId, Instant now) {
        // The first revocation's time stays: it is when the login ended.
        handles.withHandle(handle -> handle.createUpdate(
                        "UPDATE login_sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now).bind("id", sessionId)
                .execute());
    }

    private static int insertToken(Handle handle, long sessionId, String tokenHash, Instant now, Instant expiresAt) {
        return handle.createUpdate("""
                        INSERT INTO refresh_tokens (login_session_id, token_hash, issued_at, expires_at)
                        VALUES (:session, :hash, :now, :expiresAt)""")
                .bind("session", sessionId).bind("hash", tokenHash).bind("now", now).bind("expiresAt", expiresAt)
                .execute();
    }
}
