package com.harufilm.application.auth;

import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import org.jspecify.annotations.Nullable;

/** A Google authorization code from the app, with the device to notify if it sent one. */
public record GoogleLoginCommand(
        String code, String redirectUri, @Nullable String codeVerifier, @Nullable DeviceToken device, @Nullable Platform platform) {

    public GoogleLoginCommand {
        Require.text("code", code);
        Require.text("redirectUri", redirectUri);
        if (codeVerifier != null && codeVerifier.isBlank()) {
            throw new InvalidRequest("codeVerifier", "codeVerifier must not be blank when given");
        }
    }
}
