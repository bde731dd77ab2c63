package com.harufilm.application.housekeeping;

import com.harufilm.application.port.out.SentHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the outbox and the notification log from growing without end (the evening reminder alone
 * adds a row per user a day): rows sent more than a week ago go. They only guard against repeats
 * (an event delivered twice, a second tick for one reminder day), and those come within minutes.
 */
public final class ForgetOldSentRows {

    static final Duration KEPT = Duration.ofDays(7);
    private static final int BATCH = 1_000;

    private final List<SentHistory> histories;
    private final Clock clock;

    public ForgetOldSentRows(List<SentHistory> histories, Clock clock) {
        this.histories = List.copyOf(histories);
        this.clock = clock;
    }

    /** Answers how many rows were forgotten. */
    public int forget() {
        Instant before = clock.instant().minus(KEPT);
        int forgotten = 0;
        for (SentHistory history : histories) {
            int round;
            do {
                round = history.forgetSentBefore(before, BATCH);
                forgotten += round;
            } while (round == BATCH);
        }
        return forgotten;
    }
}
