package com.harufilm.adapters.media;

import java.time.Duration;
import java.util.Objects;

/**
 * How long S3 may take. Small calls (listing, heads, multipart bookkeeping, playlists) are bounded
 * as a whole; object transfers only per step (connecting, each read), so a 2 GiB source on a slow
 * link finishes while a stalled one still fails.
 *
 * @param call    a whole small call, retries included
 * @param connect opening one connection
 * @param read    waiting for the next bytes of a response
 */
public record S3Timeouts(Duration call, Duration connect, Duration read) {

    public static final S3Timeouts DEFAULT = new S3Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(30));

    public S3Timeouts {
        for (Duration timeout : new Duration[] {call, connect, read}) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("S3 timeouts must be positive: " + timeout);
            }
        }
    }
}
