package com.harufilm.application.housekeeping;

import com.harufilm.application.port.out.FinishedRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the outbox, the notification log and the share links from growing without end (the
 * evening reminder alone adds a row per user a day): rows whose use ended more than a week ago go.
 * Sent rows only guard against repeats (an event delivered twice, a second tick for one reminder
 * day), and those come within minutes; an expired link opens nothing and is listed nowhere.
 */
public final class ForgetFinishedRows {

    static final Duration KEPT = Duration.ofDays(7);
    private static final int BATCH = 1_000;

    private final List<FinishedRows> tables;
    private final Clock clock;

    public ForgetFinishedRows(List<FinishedRows> tables, Clock clock) {
        this.tables = List.copyOf(tables);
        this.clock = clock;
    }

    /** Answers how many rows were forgotten. */
    public int forget() {
        Instant before = clock.instant().minus(KEPT);
        int forgotten = 0;
        for (FinishedRows table : tables) {
            int round;
            do {
                round = table.forgetFinishedBefore(before, BATCH);
                forgotten += round;
            } while (round == BATCH);
        }
        return forgotten;
    }
}
