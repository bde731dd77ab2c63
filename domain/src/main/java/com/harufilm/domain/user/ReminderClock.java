package com.harufilm.domain.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When someone's evening reminder goes off: at their reminder time on each date of their own calendar. */
public record ReminderClock(ZoneId zone, LocalTime time) {

    /**
     * The first reminder strictly after {@code instant}. A time that a daylight-saving gap skips
     * goes off when the gap ends, and an ambiguous one at its first occurrence, so every local
     * date has exactly one reminder.
     */
    public ZonedDateTime nextAfter(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone);
        ZonedDateTime reminder = ZonedDateTime.of(date, time, zone);
        while (!reminder.toInstant().isAfter(instant)) {
            date = date.plusDays(1);
            reminder = ZonedDateTime.of(date, time, zone);
        }
        return reminder;
    }
}
