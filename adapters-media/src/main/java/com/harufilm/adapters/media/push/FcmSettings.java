package com.harufilm.adapters.media.push;

import com.google.api.client.http.HttpTransport;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to reach FCM: {@code serviceAccount} is a service-account JSON file path or the JSON itself;
 * {@code transport} replaces the SDK's HTTP transport (tests point it at a stub); the retry knobs
 * bound how long a transient failure may hold a send.
 */
public record FcmSettings(
        String serviceAccount, @Nullable HttpTransport transport, int maxRetries, Duration backoffBase,
        Duration maxDelay) {

    public FcmSettings {
        if (serviceAccount.isBlank()) {
            throw new IllegalArgumentException("FCM needs a service account (JSON path or content)");
        }
        if (maxRetries < 0 || backoffBase.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("FCM retry settings must not be negative");
        }
    }

    /** Production defaults: 3 retries from 500 ms, waits capped at 30 s. */
    public static FcmSettings of(String serviceAccount) {
        return new FcmSettings(serviceAccount, null, 3, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    boolean isInlineJson() {
        return serviceAccount.stripLeading().startsWith("{");
    }

    @Override
    public String toString() {
        return "FcmSettings[serviceAccount=" + (isInlineJson() ? "<inline JSON>" : serviceAccount)
                + ", maxRetries=" + maxRetries + ", backoffBase=" + backoffBase + ", maxDelay=" + maxDelay + "]";
    }
}
