package com.harufilm.adapters.media.push;

import com.google.api.client.http.HttpTransport;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to reach FCM: {@code serviceAccount} is a service-account JSON file path or the JSON itself;
 * {@code transport} replaces the SDK's HTTP transport (tests point it at a stub); the retry knobs
 * bound how long a transient failure may hold a send; {@code timeout} bounds each connect and read
 * (firebase-admin waits forever without one).
 */
public record FcmSettings(
        String serviceAccount, @Nullable HttpTransport transport, int maxRetries, Duration backoffBase,
        Duration maxDelay, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public FcmSettings {
        if (serviceAccount.isBlank()) {
            throw new IllegalArgumentException("FCM needs a service account (JSON path or content)");
        }
        if (maxRetries < 0 || backoffBase.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("FCM retry settings must not be negative");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the FCM timeout must be positive and at most " + Integer.MAX_VALUE + " ms");
        }
    }

    /** Production defaults: 3 retries from 500 ms, waits capped at 30 s. */
    public static FcmSettings of(String serviceAccount, Duration timeout) {
        return new FcmSettings(serviceAccount, null, 3, Duration.ofMillis(500), Duration.ofSeconds(30), timeout);
    }

    /** These settings with every call to Google sent to {@code base} instead (an FCM stand-in). */
    public FcmSettings reroutedTo(URI base) {
        return new FcmSettings(serviceAccount, FcmRerouting.transportTo(base), maxRetries, backoffBase, maxDelay, timeout);
    }

    boolean isInlineJson() {
        return serviceAccount.stripLeading().startsWith("{");
    }

    @Override
    public String toString() {
        return "FcmSettings[serviceAccount=" + (isInlineJson() ? "<inline JSON>" : serviceAccount)
                + ", maxRetries=" + maxRetries + ", backoffBase=" + backoffBase + ", maxDelay=" + maxDelay
                + ", timeout=" + timeout + "]";
    }
}
