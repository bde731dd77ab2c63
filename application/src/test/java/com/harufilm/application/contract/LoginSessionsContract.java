package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.application.port.out.LoginSessions.StoredRefreshToken;
import com.harufilm.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What LoginSessions promises, run against every database the product supports. */
abstract class LoginSessionsContract extends PersistenceContract {

    static final Instant EXPIRES = NOW.plus(Duration.ofDays(30));

    LoginSessions sessions() {
        return adapters.loginSessions();
    }

    StoredRefreshToken stored(String hash) {
        return sessions().findByHash(hash).orElseThrow();
    }

    @Test
    void aStartedLoginIsFoundByItsTokenHash() {
        User user = newUser();
        String hash = tokenHash();

        long session = sessions().start(user.id(), hash, NOW, EXPIRES);

        StoredRefreshToken token = stored(hash);
        assertEquals(session, token.sessionId());
        assertEquals(user.id(), token.userId());
        assertSameSecond(EXPIRES, token.expiresAt());
        assertNull(token.spentAt());
        assertFalse(token.sessionRevoked());
    }

    @Test
    void anUnknownHashFindsNothing() {
        assertEquals(Optional.empty(), sessions().findByHash(tokenHash()));
    }

    @Test
    void aTokenIsSpentOnlyOnce() {
        String hash = tokenHash();
        sessions().start(newUser().id(), hash, NOW, EXPIRES);
        long tokenId = stored(hash).tokenId();

        assertTrue(sessions().spend(tokenId, NOW.plusSeconds(5)));
        assertFalse(sessions().spend(tokenId, NOW.plusSeconds(6)));
        assertSameSecond(NOW.plusSeconds(5), stored(hash).spentAt());
    }

    @Test
    void anIssuedTokenJoinsTheSameLogin() {
        User user = newUser();
        String first = tokenHash();
        String next = tokenHash();
        long session = sessions().start(user.id(), first, NOW, EXPIRES);

        sessions().issue(session, next, NOW.plusSeconds(60), EXPIRES.plusSeconds(60));

        StoredRefreshToken token = stored(next);
        assertEquals(session, token.sessionId());
        assertEquals(user.id(), token.userId());
        assertNotEquals(stored(first).tokenId(), token.tokenId());
        assertSameSecond(EXPIRES.plusSeconds(60), token.expiresAt());
        assertNull(token.spentAt());
    }

    @Test
    void revokingALoginRevokesEveryTokenOfItAndKeepsTheFirstTime() {
        String first = tokenHash();
        String next = tokenHash();
        long session = sessions().start(newUser().id(), first, NOW, EXPIRES);
        sessions().issue(session, next, NOW, EXPIRES);

        sessions().revoke(session, NOW.plusSeconds(10));
        sessions().revoke(session, NOW.plusSeconds(20));

        assertTrue(stored(first).sessionRevoked());
        assertTrue(stored(next).sessionRevoked());
        assertSameSecond(NOW.plusSeconds(10), adapters.jdbi().withHandle(handle -> handle
                .createQuery("SELECT revoked_at FROM login_sessions WHERE id = ?").bind(0, session).mapTo(Instant.class).one()));
    }
}
