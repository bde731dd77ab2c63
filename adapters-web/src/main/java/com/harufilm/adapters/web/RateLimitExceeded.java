package com.harufilm.adapters.web;

/** A client address used up its allowance; it may try again after {@code retryAfterSeconds}. */
final class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceeded(long retryAfterSeconds) {
        super("too many requests; try again in " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
