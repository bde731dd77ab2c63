package com.harufilm.adapters.web.tokens;

import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.application.port.out.GoogleIdentity;
import com.harufilm.domain.error.GoogleLoginFailed;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/** Binds the auth ports to Google OAuth and our HS256 JWTs; the component supplies settings and the Clock. */
@Module
public interface AuthAdaptersModule {

    /**
     * One instance, so its JWKS cache and HTTP client live as long as the process. Without a
     * configured client (the embedded run) Google login answers GOOGLE_AUTH_FAILED, saying why.
     */
    @Provides
    @Singleton
    static GoogleIdentity googleIdentity(Optional<GoogleSettings> settings, Clock clock) {
        return settings.<GoogleIdentity>map(configured -> new GoogleOAuthIdentity(configured, clock))
                .orElse((code, redirectUri, verifier) -> {
                    throw GoogleLoginFailed.rejected("Google login is not configured on this server (HARU_GOOGLE_CLIENT_ID)");
                });
    }

    @Provides
    @Singleton
    static AccessTokens accessTokens(AccessTokenSettings settings) {
        return new JwtAccessTokens(settings);
    }
}
