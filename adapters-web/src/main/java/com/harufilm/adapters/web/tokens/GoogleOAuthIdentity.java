package com.harufilm.adapters.web.tokens;

import com.harufilm.application.port.out.GoogleIdentity;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Google sign-in over OAuth: trade the app's authorization code, then check the ID token Google returns. */
public final class GoogleOAuthIdentity implements GoogleIdentity {

    private final GoogleTokenEndpoint tokenEndpoint;
    private final GoogleIdTokens idTokens;

    public GoogleOAuthIdentity(GoogleSettings settings, Clock clock) {
        this.tokenEndpoint = new GoogleTokenEndpoint(settings);
        this.idTokens = new GoogleIdTokens(settings, clock);
    }

    @Override
    public GoogleAccount verify(String authorizationCode, String redirectUri, @Nullable String codeVerifier) {
        // Checked although it came from Google over TLS: its claims (audience, expiry, verified email)
        // decide who may sign in, and the signature guards against a misconfigured token endpoint.
        return idTokens.verify(tokenEndpoint.exchange(authorizationCode, redirectUri, codeVerifier));
    }
}
