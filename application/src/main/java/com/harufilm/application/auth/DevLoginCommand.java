package com.harufilm.application.auth;

import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.ProfileChange;
import org.jspecify.annotations.Nullable;

/** A login without Google, for the embedded run and local testing only. */
public record DevLoginCommand(String email, @Nullable String name, @Nullable DeviceToken device, @Nullable Platform platform) {

    public DevLoginCommand {
        Require.text("email", email);
        if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidRequest("email", "email must be an address like name@example.com");
        }
        if (name != null && (name.isBlank() || name.length() > ProfileChange.MAX_NAME_LENGTH)) {
            throw new InvalidRequest("name", "name must be 1 to " + ProfileChange.MAX_NAME_LENGTH + " characters");
        }
    }
}
