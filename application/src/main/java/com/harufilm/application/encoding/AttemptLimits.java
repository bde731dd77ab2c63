package com.harufilm.application.encoding;

import java.time.Duration;
import java.util.Objects;

/**
 * How many times a video is tried before it is FAILED, and how long a worker's report holds a
 * video (a video whose worker has not reported for that long counts as stuck).
 */
public record AttemptLimits(int maxAttempts, Duration hold) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    public AttemptLimits {
        Objects.requireNonNull(hold, "hold");
        if (maxAttempts < 1 || hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("not attempt limits: " + maxAttempts + ", " + hold);
        }
    }

    /** What the user reads once the attempts are spent. */
    String givenUpReason() {
        return givenUpReason(maxAttempts);
    }

    static String givenUpReason(int maxAttempts) {
        return "We could not process this video after " + maxAttempts + (maxAttempts == 1 ? " try" : " tries")
                + ". Please upload it again, or try another file.";
    }
}
