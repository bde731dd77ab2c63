package com.harufilm.application.port.out;

import java.time.Instant;

/** Rows kept after they were sent (outbox messages, notices), which may forget the old ones. */
public interface SentHistory {

    /** Forgets rows sent before {@code before}, at most {@code limit}; answers how many. */
    int forgetSentBefore(Instant before, int limit);
}
