package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Logins and their refresh tokens, kept only as hashes. A login is a family of tokens where each
 * use spends one and issues the next; revoking the login stops the whole family.
 */
public interface LoginSessions {

    /** A stored refresh token with the state of its login. */
    record StoredRefreshToken(
            long tokenId, long sessionId, UserId userId, Instant expiresAt, @Nullable Instant spentAt, boolean sessionRevoked) {

        public boolean ownedBy(UserId caller) {
            return userId.equals(caller);
        }
    }

    /** Starts a login with its first refresh token; returns the session id. */
    long start(UserId userId, String tokenHash, Instant now, Instant expiresAt);

    Optional<StoredRefreshToken> findByHash(String tokenHash);

    /** Marks the token spent unless it already was; false when another request spent it first. */
    boolean spend(long tokenId, Instant now);

    void issue(long sessionId, String tokenHash, Instant now, Instant expiresAt);

    void revoke(long sessionId, Instant now);
}
