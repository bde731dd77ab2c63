package com.harufilm.adapters.web.auth;

import com.harufilm.adapters.web.user.UserResponse;
import com.harufilm.application.auth.LoginResult;

/** A token pair, how long the access token lives (seconds), and its user. */
record TokenResponse(String accessToken, String refreshToken, long expiresIn, UserResponse user) {

    static TokenResponse from(LoginResult result) {
        return new TokenResponse(result.accessToken(), result.refreshToken(), result.expiresInSeconds(), UserResponse.from(result.user()));
    }
}
