package com.harufilm.application.auth;

import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.domain.error.InvalidToken;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Tells who is calling from the bearer token of a request. */
public final class Authenticate {

    private final AccessTokens accessTokens;
    private final Clock clock;

    public Authenticate(AccessTokens accessTokens, Clock clock) {
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    /** Throws InvalidToken (missing, malformed, forged) or TokenExpired. */
    public UserId caller(@Nullable String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new InvalidToken("an access token is required: Authorization: Bearer <accessToken>");
        }
        return accessTokens.verify(accessToken, clock.instant());
    }
}
