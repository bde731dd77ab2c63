package com.harufilm.application.auth;

import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.LoginSessions.StoredRefreshToken;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.domain.error.RefreshTokenRejected;
import com.harufilm.domain.user.User;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Trades a refresh token for a new pair, spending it. A spent token presented again means it was
 * copied: the whole login is revoked, unless the second use comes within the grace window (an app
 * that retried a refresh whose answer it lost), which is refused without revoking.
 */
public final class RefreshLogin {

    private static final System.Logger log = System.getLogger(RefreshLogin.class.getName());

    private final LoginSessions sessions;
    private final UserRepository users;
    private final Transactions transactions;
    private final SessionStarter starter;
    private final Duration reuseGrace;
    private final Clock clock;

    public RefreshLogin(LoginSessions sessions, UserRepository users, Transactions transactions,
                        SessionStarter starter, Duration reuseGrace, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.transactions = transactions;
        this.starter = starter;
        this.reuseGrace = reuseGrace;
        this.clock = clock;
    }

    /** The outcome of one attempt: a new pair, or why not and which login to revoke. */
    private record Rotation(@Nullable LoginResult result, String refusal, long revokeSession) {
        static Rotation refused(String why) {
            return new Rotation(null, why, 0);
        }
    }

    public LoginResult refresh(String refreshToken) {
        Require.text("refreshToken", refreshToken);
        Instant now = clock.instant();
        Rotation rotation = transactions.inTransaction(() -> rotate(starter.codec().hash(refreshToken), now));
        if (rotation.revokeSession() != 0) {
            // Its own transaction: the refusal below must not roll the revocation back.
            transactions.run(() -> sessions.revoke(rotation.revokeSession(), now));
            log.log(Level.WARNING, "refresh token reused; login {0} revoked", rotation.revokeSession());
        }
        if (rotation.result() == null) {
            throw new RefreshTokenRejected(rotation.refusal());
        }
        return rotation.result();
    }

    private Rotation rotate(String hash, Instant now) {
        StoredRefreshToken stored = sessions.findByHash(hash).orElse(null);
        if (stored == null) {
            return Rotation.refused("unknown refresh token; sign in again");
        }
        if (stored.sessionRevoked()) {
            return Rotation.refused("this login has ended; sign in again");
        }
        if (!now.isBefore(stored.expiresAt())) {
            return Rotation.refused("refresh token expired; sign in again");
        }
        if (stored.spentAt() != null || !sessions.spend(stored.tokenId(), now)) {
            // Lost a race to a concurrent refresh with the same token: it was spent just now.
            Instant spentAt = stored.spentAt() != null ? stored.spentAt() : now;
            boolean withinGrace = reuseGrace.isPositive() && !now.isAfter(spentAt.plus(reuseGrace));
            return withinGrace
                    ? Rotation.refused("refresh token already used; use the newer one")
                    : new Rotation(null, "refresh token already used; this login was revoked, sign in again", stored.sessionId());
        }
        User user = users.findById(stored.userId()).orElse(null);
        if (user == null) {
            return Rotation.refused("the account no longer exists");
        }
        String next = starter.codec().newToken();
        sessions.issue(stored.sessionId(), starter.codec().hash(next), now, now.plus(starter.refreshLifetime()));
        return new Rotation(starter.pair(user, next, now), "", 0);
    }
}
