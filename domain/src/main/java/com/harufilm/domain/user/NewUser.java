package com.harufilm.domain.user;

import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A user about to be created, from a Google account or a dev login; the defaults are the contract's. */
public record NewUser(
        @Nullable String googleSubject,
        String email,
        @Nullable String name,
        @Nullable String profileImageUrl,
        ZoneId timezone,
        LocalTime reminderTime,
        boolean remindersEnabled,
        UserLocale locale) {

    public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(20, 0);

    public static NewUser withDefaults(@Nullable String googleSubject, String email, @Nullable String name,
                                       @Nullable String profileImageUrl, ZoneId defaultZone) {
        return new NewUser(googleSubject, email, name, profileImageUrl, defaultZone, DEFAULT_REMINDER_TIME, true, UserLocale.KO);
    }
}
