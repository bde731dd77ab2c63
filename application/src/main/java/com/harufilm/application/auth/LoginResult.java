package com.harufilm.application.auth;

import com.harufilm.domain.user.User;

/** What a successful login or refresh hands the app: a token pair and who it belongs to. */
public record LoginResult(String accessToken, String refreshToken, long expiresInSeconds, User user) {
}
