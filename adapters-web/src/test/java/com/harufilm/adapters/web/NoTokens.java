package com.harufilm.adapters.web;

import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.domain.error.InvalidToken;
import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Access tokens for an edge under test whose routes are all public: every token is refused. */
final class NoTokens implements AccessTokens {

    @Override
    public String issue(UserId userId, Instant now) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Duration lifetime() {
        return Duration.ofMinutes(15);
    }

    @Override
    public UserId verify(String token, Instant now) {
        throw new InvalidToken("no tokens here");
    }
}
