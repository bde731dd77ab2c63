package com.harufilm.application.port.out;

import org.jspecify.annotations.Nullable;

/** Google's word on who signed in: exchanges an authorization code and verifies the ID token. */
public interface GoogleIdentity {

    /** A verified Google account (its email is verified too). */
    record GoogleAccount(String subject, String email, @Nullable String name, @Nullable String pictureUrl) {
    }

    /**
     * Throws GoogleLoginFailed: rejected (the code, the token or its claims are not acceptable) or
     * unreachable (Google did not answer).
     */
    GoogleAccount verify(String authorizationCode, String redirectUri, @Nullable String codeVerifier);
}
