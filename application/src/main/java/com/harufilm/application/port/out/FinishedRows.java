package com.harufilm.application.port.out;

import java.time.Instant;

/**
 * Rows kept after their use ended (outbox messages and notices once sent, share links once
 * expired), which may forget the old ones.
 */
public interface FinishedRows {

    /** Forgets rows whose use ended before {@code before}, at most {@code limit}; answers how many. */
    int forgetFinishedBefore(Instant before, int limit);
}
