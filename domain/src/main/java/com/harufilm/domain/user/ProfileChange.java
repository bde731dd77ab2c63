package com.harufilm.domain.user;

import com.harufilm.domain.error.InvalidRequest;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The profile fields a PATCH names; a null field is left as it is. */
public record ProfileChange(
        @Nullable String name,
        @Nullable ZoneId timezone,
        @Nullable LocalTime reminderTime,
        @Nullable Boolean remindersEnabled,
        @Nullable UserLocale locale) {

    public static final int MAX_NAME_LENGTH = 100;

    public ProfileChange {
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            throw new InvalidRequest("name", "name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }
}
