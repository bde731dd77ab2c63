package com.harufilm.application.contract;

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

/** What LoginSessions promises, run on every database the product supports and on the fake. */
public abstract class LoginSessionsContract<P extends ContractPorts> extends PortContract<P> {

    protected static final Instant EXPIRES = NOW.plus(Duration.ofDays(30));

    protected LoginSessions sessions() {
        return ports.loginSessions();
    }

    /** Where the store can show it: when the login was revoked (the port answers only whether). */
    protected void assertRevokedAt(long session, Instant revokedAt) {
    }

    protected StoredRefreshToken stored(String hash) {
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
        assertRevokedAt(session, NOW.plusSeconds(10));
    }
}
