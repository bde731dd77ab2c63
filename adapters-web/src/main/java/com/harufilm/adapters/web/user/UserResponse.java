package com.harufilm.adapters.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.harufilm.domain.user.User;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** The contract's {@code user}: every member present, null when unknown. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(
        String userId, String email, @Nullable String name, @Nullable String profileImageUrl, String timezone,
        String reminderTime, boolean remindersEnabled, String locale) {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public static UserResponse from(User user) {
        return new UserResponse(user.id().toString(), user.email(), user.name(), user.profileImageUrl(), user.timezone().getId(),
                user.reminderTime().format(HOURS_MINUTES), user.remindersEnabled(), user.locale().tag());
    }
}
