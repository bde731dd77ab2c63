package com.harufilm.application.health;

import java.time.Duration;

/**
 * How long readiness waits for each dependency, and how long one answer is reused: callers within
 * {@code cacheFor} share it, so a public /health/ready cannot be used to load the dependencies.
 */
public record ReadinessSettings(Duration timeout, Duration cacheFor) {

    public ReadinessSettings {
        if (timeout.isNegative() || timeout.isZero() || cacheFor.isNegative()) {
            throw new IllegalArgumentException("readiness timeout must be positive and its cache time not negative");
        }
    }
}
