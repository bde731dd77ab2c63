package com.harufilm.adapters.web.tokens;

import com.auth0.jwk.JwkException;
import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.JwkProviderBuilder;
import com.auth0.jwk.NetworkException;
import com.auth0.jwk.RateLimitReachedException;
import com.auth0.jwk.SigningKeyNotFoundException;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.harufilm.application.port.out.GoogleIdentity.GoogleAccount;
import com.harufilm.domain.error.GoogleLoginFailed;
import java.net.MalformedURLException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Checks a Google ID token: signed by one of Google's published keys, meant for us, fresh, email verified. */
final class GoogleIdTokens {

    private static final String[] ISSUERS = {"https://accounts.google.com", "accounts.google.com"};
    /** Google's clock and ours may disagree a little; a minute is what Google's own libraries allow. */
    private static final long LEEWAY_SECONDS = 60;

    private final JwkProvider keys;
    private final String[] audiences;
    private final Clock clock;

    GoogleIdTokens(GoogleSettings settings, Clock clock) {
        this.keys = jwks(settings);
        this.audiences = settings.audiences().toArray(String[]::new);
        this.clock = clock;
    }

    private static JwkProvider jwks(GoogleSettings settings) {
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.requestTimeout().toMillis());
        try {
            return new JwkProviderBuilder(settings.jwksUri().toURL())
                    // Keys are cached by kid, so a kid Google published after our last fetch misses the cache and refetches.
                    .cached(10, Duration.ofHours(6))
                    // ...which tokens naming made-up kids must not turn into a flood of requests to Google.
                    .rateLimited(10, 1, TimeUnit.MINUTES)
                    .timeouts(timeoutMillis, timeoutMillis)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the Google JWKS uri is not a URL: " + settings.jwksUri(), e);
        }
    }

    GoogleAccount verify(String idToken) {
        DecodedJWT token = verified(idToken);
        if (!isTrue(token.getClaim("email_verified"))) {
            throw GoogleLoginFailed.rejected("Google's ID token is for an unverified email address");
        }
        String email = token.getClaim("email").asString();
        if (token.getSubject() == null || email == null) {
            throw GoogleLoginFailed.rejected("Google's ID token names no subject or email");
        }
        return new GoogleAccount(token.getSubject(), email, token.getClaim("name").asString(), token.getClaim("picture").asString());
    }

    private DecodedJWT verified(String idToken) {
        try {
            RSAPublicKey key = publicKey(JWT.decode(idToken).getKeyId());
            return JwtChecks.verifier(JWT.require(Algorithm.RSA256(key, null))
                            .withIssuer(ISSUERS)
                            .withAnyOfAudience(audiences)
                            .withClaimPresence("exp")
                            .acceptLeeway(LEEWAY_SECONDS), clock)
                    .verify(idToken);
        } catch (JWTVerificationException e) {
            throw GoogleLoginFailed.rejected("Google's ID token was refused: " + JwtChecks.describe(e));
        }
    }

    private RSAPublicKey publicKey(@Nullable String keyId) {
        if (keyId == null) {
            throw GoogleLoginFailed.rejected("Google's ID token names no signing key");
        }
        try {
            PublicKey key = keys.get(keyId).getPublicKey();
            if (key instanceof RSAPublicKey rsa) {
                return rsa;
            }
            throw GoogleLoginFailed.rejected("Google's ID token names a signing key that is not RSA");
        } catch (NetworkException e) {
            throw GoogleLoginFailed.unreachable("Google's signing keys could not be fetched", e);
        } catch (RateLimitReachedException e) {
            throw GoogleLoginFailed.unreachable("Google's signing keys were refetched too often; try again shortly", e);
        } catch (SigningKeyNotFoundException e) {
            throw GoogleLoginFailed.rejected("Google's ID token names a signing key Google does not publish");
        } catch (JwkException e) {
            throw GoogleLoginFailed.rejected("Google's ID token names an unusable signing key");
        }
    }

    /** Google sends a JSON boolean; older tokens carried the string "true". */
    private static boolean isTrue(Claim claim) {
        return Boolean.TRUE.equals(claim.asBoolean()) || "true".equals(claim.asString());
    }
}
