package com.harufilm.application.fakes;

import com.harufilm.application.port.out.LoginSessions;
import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryLoginSessions implements LoginSessions {

    private record Token(long id, long sessionId, String hash, Instant expiresAt, Instant spentAt) {
    }

    private final Map<Long, Token> tokens = new LinkedHashMap<>();
    private final Map<Long, UserId> sessionUsers = new HashMap<>();
    public final Map<Long, Instant> revoked = new HashMap<>();
    /** Set to make the next spend lose a race, as if another request spent the token first. */
    public boolean loseNextSpend;
    private long nextTokenId = 1;

    @Override
    public long start(UserId userId, String tokenHash, Instant now, Instant expiresAt) {
        long sessionId = sessionUsers.size() + 1;
        sessionUsers.put(sessionId, userId);
        issue(sessionId, tokenHash, now, expiresAt);
        return sessionId;
    }

    @Override
    public Optional<StoredRefreshToken> findByHash(String tokenHash) {
        return tokens.values().stream().filter(t -> t.hash().equals(tokenHash)).findFirst().map(t -> new StoredRefreshToken(
                t.id(), t.sessionId(), sessionUsers.get(t.sessionId()), t.expiresAt(), t.spentAt(), revoked.containsKey(t.sessionId())));
    }

    @Override
    public boolean spend(long tokenId, Instant now) {
        Token token = tokens.get(tokenId);
        if (loseNextSpend) {
            loseNextSpend = false;
            tokens.put(tokenId, new Token(token.id(), token.sessionId(), token.hash(), token.expiresAt(), now));
            return false;
        }
        if (token.spentAt() != null) {
            return false;
        }
        tokens.put(tokenId, new Token(token.id(), token.sessionId(), token.hash(), token.expiresAt(), now));
        return true;
    }

    @Override
    public void issue(long sessionId, String tokenHash, Instant now, Instant expiresAt) {
        long id = nextTokenId++;
        tokens.put(id, new Token(id, sessionId, tokenHash, expiresAt, null));
    }

    @Override
    public void revoke(long sessionId, Instant now) {
        revoked.putIfAbsent(sessionId, now);
    }

    /** Drops a deleted user's logins and their tokens. */
    public void forgetUser(UserId userId) {
        tokens.values().removeIf(token -> userId.equals(sessionUsers.get(token.sessionId())));
    }

    public int sessionCount() {
        return sessionUsers.size();
    }
}
