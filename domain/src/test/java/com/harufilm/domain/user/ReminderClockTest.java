package com.harufilm.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReminderClockTest {

    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    @Test
    void beforeTheTimeItIsTodayAndAtOrAfterItTomorrow() {
        ReminderClock seoul = new ReminderClock(ZoneId.of("Asia/Seoul"), EIGHT_PM);

        assertEquals(ZonedDateTime.parse("2026-11-28T20:00+09:00[Asia/Seoul]"), seoul.nextAfter(Instant.parse("2026-11-28T10:59:59Z")));
        assertEquals(ZonedDateTime.parse("2026-11-29T20:00+09:00[Asia/Seoul]"), seoul.nextAfter(Instant.parse("2026-11-28T11:00:00Z")));
    }

    @Test
    void eachSideOfTheDateLineHasItsOwnDate() {
        Instant instant = Instant.parse("2026-11-28T05:30:00Z");

        // Kiritimati (UTC+14) is already at 19:30 on the 28th; Pago Pago (UTC-11) at 18:30 on the 27th.
        assertEquals(ZonedDateTime.parse("2026-11-28T20:00+14:00[Pacific/Kiritimati]"),
                new ReminderClock(ZoneId.of("Pacific/Kiritimati"), EIGHT_PM).nextAfter(instant));
        assertEquals(ZonedDateTime.parse("2026-11-27T20:00-11:00[Pacific/Pago_Pago]"),
                new ReminderClock(ZoneId.of("Pacific/Pago_Pago"), EIGHT_PM).nextAfter(instant));
    }

    @Test
    void aTimeTheSpringGapSkipsGoesOffWhenTheGapEnds() {
        ReminderClock newYork = new ReminderClock(ZoneId.of("America/New_York"), LocalTime.of(2, 30));

        ZonedDateTime reminder = newYork.nextAfter(Instant.parse("2026-03-08T05:00:00Z"));

        assertEquals(ZonedDateTime.parse("2026-03-08T03:30-04:00[America/New_York]"), reminder);
    }

    @Test
    void aTimeTheAutumnOverlapRepeatsGoesOffOnce() {
        ReminderClock newYork = new ReminderClock(ZoneId.of("America/New_York"), LocalTime.of(1, 30));

        ZonedDateTime first = newYork.nextAfter(Instant.parse("2026-11-01T04:00:00Z"));
        ZonedDateTime next = newYork.nextAfter(first.toInstant());

        assertEquals(ZonedDateTime.parse("2026-11-01T01:30-04:00[America/New_York]"), first);
        assertEquals(ZonedDateTime.parse("2026-11-02T01:30-05:00[America/New_York]"), next);
    }
}
