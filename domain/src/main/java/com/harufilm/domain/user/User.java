package com.harufilm.domain.user;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Someone who films their days, with the preferences that shape reminders and texts. */
public record User(
        UserId id,
        String email,
        @Nullable String name,
        @Nullable String profileImageUrl,
        ZoneId timezone,
        LocalTime reminderTime,
        boolean remindersEnabled,
        UserLocale locale,
        Instant createdAt) {

    public User withProfile(ProfileChange change) {
        return new User(id, email,
                change.name() != null ? change.name() : name,
                profileImageUrl,
                change.timezone() != null ? change.timezone() : timezone,
                change.reminderTime() != null ? change.reminderTime() : reminderTime,
                change.remindersEnabled() != null ? change.remindersEnabled() : remindersEnabled,
                change.locale() != null ? change.locale() : locale,
                createdAt);
    }

    /** When the next evening reminder is due after {@code now}; empty while reminders are off. */
    public Optional<ZonedDateTime> nextReminderAfter(Instant now) {
        return remindersEnabled ? Optional.of(new ReminderClock(timezone, reminderTime).nextAfter(now)) : Optional.empty();
    }

    /** Whether a change moves the reminder: another zone, time or switch. */
    public boolean remindsDifferentlyFrom(User other) {
        return !timezone.equals(other.timezone) || !reminderTime.equals(other.reminderTime) || remindersEnabled != other.remindersEnabled;
    }
}
