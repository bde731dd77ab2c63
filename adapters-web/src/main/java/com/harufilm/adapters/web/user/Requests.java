package com.harufilm.adapters.web.user;

import com.harufilm.domain.user.DeviceToken;
import com.harufilm.domain.user.Platform;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the identity routes, as clients send them; commands validate the values. */
final class Requests {

    private Requests() {
    }

    record GoogleLogin(@Nullable String code, @Nullable String redirectUri, @Nullable String codeVerifier,
                       @Nullable String fcmToken, @Nullable String platform) {
    }

    record DevLogin(@Nullable String email, @Nullable String name, @Nullable String fcmToken, @Nullable String platform) {
    }

    record Refresh(@Nullable String refreshToken) {
    }

    record Logout(@Nullable String refreshToken, @Nullable String fcmToken) {
    }

    record Device(@Nullable String fcmToken, @Nullable String platform) {
    }

    static @Nullable DeviceToken device(@Nullable String fcmToken) {
        return fcmToken == null ? null : new DeviceToken(fcmToken);
    }

    static @Nullable Platform platform(@Nullable String platform) {
        return platform == null ? null : Platform.fromClient(platform);
    }
}
