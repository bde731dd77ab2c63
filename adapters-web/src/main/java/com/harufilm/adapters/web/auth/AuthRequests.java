package com.harufilm.adapters.web.auth;

import org.jspecify.annotations.Nullable;

/** The JSON bodies of the auth routes, as clients send them; commands validate the values. */
final class AuthRequests {

    private AuthRequests() {
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
}
