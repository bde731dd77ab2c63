package com.harufilm.application.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.error.RefreshTokenRejected;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshLoginTest {

    private final Identity identity = new Identity();
    private final LoginResult first = identity.devLogin().login(new DevLoginCommand("mina@example.com", "Mina", null, null));

    @Test
    void aRefreshHandsOutANewPairAndSpendsTheOldToken() {
        identity.clock.advance(Duration.ofMinutes(20));

        LoginResult second = identity.refresh(Duration.ZERO).refresh(first.refreshToken());

        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertNotEquals(first.accessToken(), second.accessToken());
        assertEquals(first.user(), second.user());
        assertEquals(900, second.expiresInSeconds());
        identity.refresh(Duration.ZERO).refresh(second.refreshToken());
    }

    @Test
    void presentingASpentTokenAgainRevokesTheWholeLogin() {
        RefreshLogin refresh = identity.refresh(Duration.ZERO);
        LoginResult second = refresh.refresh(first.refreshToken());

        var reuse = assertThrows(RefreshTokenRejected.class, () -> refresh.refresh(first.refreshToken()));

        assertTrue(reuse.getMessage().contains("revoked"));
        assertThrows(RefreshTokenRejected.class, () -> refresh.refresh(second.refreshToken()),
                "the thief's and the owner's newer token both stop working");
    }

    @Test
    void aReuseWithinTheGraceWindowIsRefusedWithoutRevoking() {
        RefreshLogin refresh = identity.refresh(Duration.ofSeconds(10));
        LoginResult second = refresh.refresh(first.refreshToken());
        identity.clock.advance(Duration.ofSeconds(5));

        assertThrows(RefreshTokenRejected.class, () -> refresh.refresh(first.refreshToken()));

        assertTrue(identity.sessions.revoked.isEmpty());
        refresh.refresh(second.refreshToken());
    }

    @Test
    void aReuseAfterTheGraceWindowRevokes() {
        RefreshLogin refresh = identity.refresh(Duration.ofSeconds(10));
        refresh.refresh(first.refreshToken());
        identity.clock.advance(Duration.ofSeconds(11));

        assertThrows(RefreshTokenRejected.class, () -> refresh.refresh(first.refreshToken()));

        assertEquals(1, identity.sessions.revoked.size());
    }

    @Test
    void theLoserOfTwoConcurrentRefreshesCountsAsReuse() {
        identity.sessions.loseNextSpend = true;

        assertThrows(RefreshTokenRejected.class, () -> identity.refresh(Duration.ZERO).refresh(first.refreshToken()));

        assertEquals(1, identity.sessions.revoked.size());
    }

    @Test
    void theLoserOfARaceWithinTheGraceWindowRevokesNothing() {
        identity.sessions.loseNextSpend = true;

        assertThrows(RefreshTokenRejected.class, () -> identity.refresh(Duration.ofSeconds(5)).refresh(first.refreshToken()));

        assertTrue(identity.sessions.revoked.isEmpty());
    }

    @Test
    void anExpiredTokenIsRejected() {
        identity.clock.advance(Duration.ofDays(30));

        var expired = assertThrows(RefreshTokenRejected.class, () -> identity.refresh(Duration.ZERO).refresh(first.refreshToken()));

        assertTrue(expired.getMessage().contains("expired"));
    }

    @Test
    void anUnknownTokenIsRejected() {
        assertThrows(RefreshTokenRejected.class, () -> identity.refresh(Duration.ZERO).refresh("not-a-token"));
    }

    @Test
    void aLoggedOutTokenIsRejected() {
        identity.logout().logout(first.user().id(), first.refreshToken(), null);

        assertThrows(RefreshTokenRejected.class, () -> identity.refresh(Duration.ZERO).refresh(first.refreshToken()));
    }

    @Test
    void onlyTheHashOfARefreshTokenIsStored() {
        assertTrue(identity.sessions.findByHash(first.refreshToken()).isEmpty());
        assertTrue(identity.sessions.findByHash(identity.codec.hash(first.refreshToken())).isPresent());
        assertTrue(first.refreshToken().length() >= 43, "256 bits, base64url");
    }
}
