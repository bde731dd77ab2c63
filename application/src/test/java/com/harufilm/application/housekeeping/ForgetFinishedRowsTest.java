package com.harufilm.application.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.port.out.FinishedRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForgetFinishedRowsTest {

    /** A table of {@code rows} long finished rows that records what it was asked. */
    private static final class Recorded implements FinishedRows {
        int left;
        final List<Instant> asked = new ArrayList<>();

        Recorded(int rows) {
            left = rows;
        }

        @Override
        public int forgetFinishedBefore(Instant before, int limit) {
            asked.add(before);
            int forgotten = Math.min(left, limit);
            left -= forgotten;
            return forgotten;
        }
    }

    @Test
    void everyTableLosesAllItsRowsFinishedMoreThanAWeekAgoInRounds() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
        Recorded notices = new Recorded(2_500);
        Recorded outbox = new Recorded(0);

        int forgotten = new ForgetFinishedRows(List.of(notices, outbox), clock).forget();

        assertEquals(2_500, forgotten);
        assertEquals(0, notices.left);
        assertEquals(List.of(Instant.parse("2026-11-21T12:00:00Z")), notices.asked.stream().distinct().toList());
        assertEquals(3, notices.asked.size(), "1,000 a round until a short one");
        assertEquals(1, outbox.asked.size());
    }
}
