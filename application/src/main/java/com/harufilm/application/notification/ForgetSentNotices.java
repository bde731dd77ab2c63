package com.harufilm.application.notification;

import com.harufilm.application.port.out.NotificationLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the notification log from growing by a row per user each evening: sent notices older than
 * a week go. Their keys only guard against repeats (an event delivered twice, a second tick for
 * one reminder day), and those come within minutes, never a week later.
 */
public final class ForgetSentNotices {

    static final Duration KEPT = Duration.ofDays(7);
    private static final int BATCH = 1_000;

    private final NotificationLog notices;
    private final Clock clock;

    public ForgetSentNotices(NotificationLog notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** Answers how many notices were forgotten. */
    public int forget() {
        Instant before = clock.instant().minus(KEPT);
        int forgotten = 0;
        int round;
        do {
            round = notices.forgetSent(before, BATCH);
            forgotten += round;
        } while (round == BATCH);
        return forgotten;
    }
}
