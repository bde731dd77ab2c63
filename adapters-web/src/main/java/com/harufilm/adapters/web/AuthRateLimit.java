package com.harufilm.adapters.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits login, refresh and logout calls per client address (a token bucket each), so nobody can
 * guess codes or tokens at speed. Buckets of quiet clients are dropped to bound memory.
 */
final class AuthRateLimit {

    private static final int MAX_TRACKED_CLIENTS = 50_000;

    private final int perMinute;
    private final boolean trustForwardedFor;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    AuthRateLimit(int perMinute, boolean trustForwardedFor) {
        this.perMinute = perMinute;
        this.trustForwardedFor = trustForwardedFor;
    }

    void check(Context ctx) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            // A full bucket is the same as no bucket: forgetting it changes nothing for that client.
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(clientAddress(ctx), address -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceeded(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private String clientAddress(Context ctx) {
        String forwarded = trustForwardedFor ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return ctx.ip();
    }
}
