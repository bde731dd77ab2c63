package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Short-lived bearer tokens that name a user, signed with a rotatable key. */
public interface AccessTokens {

    String issue(UserId userId, Instant now);

    /** How long an issued token lives. */
    Duration lifetime();

    /** The user the token names; throws InvalidToken or TokenExpired. */
    UserId verify(String token, Instant now);
}
