package com.harufilm.adapters.web.tokens;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.harufilm.application.port.out.AccessTokens;
import com.harufilm.domain.error.InvalidToken;
import com.harufilm.domain.error.TokenExpired;
import com.harufilm.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Access tokens as HS256 JWTs whose header names the key that signed them, so keys can rotate. */
public final class JwtAccessTokens implements AccessTokens {

    static final String ISSUER = "harufilm";
    /** Another API instance whose clock runs a little ahead may issue a token "in our future". */
    private static final long ISSUED_AT_SKEW_SECONDS = 30;

    private final String signingKeyId;
    private final Duration lifetime;
    private final Map<String, Algorithm> algorithms = new LinkedHashMap<>();

    public JwtAccessTokens(AccessTokenSettings settings) {
        this.signingKeyId = settings.signingKeyId();
        this.lifetime = settings.lifetime();
        settings.keys().forEach((kid, key) -> algorithms.put(kid, Algorithm.HMAC256(key)));
    }

    @Override
    public String issue(UserId userId, Instant now) {
        return JWT.create()
                .withKeyId(signingKeyId)
                .withIssuer(ISSUER)
                .withSubject(userId.toString())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(lifetime))
                .sign(algorithms.get(signingKeyId));
    }

    @Override
    public Duration lifetime() {
        return lifetime;
    }

    @Override
    public UserId verify(String token, Instant now) {
        try {
            // Requiring HMAC256 with our key is what refuses alg=none and RS256-for-HS256 swaps.
            DecodedJWT verified = JwtChecks.verifier(JWT.require(algorithmFor(JWT.decode(token).getKeyId()))
                            .withIssuer(ISSUER)
                            .withClaimPresence("sub")
                            .withClaimPresence("exp")
                            .acceptIssuedAt(ISSUED_AT_SKEW_SECONDS), Clock.fixed(now, ZoneOffset.UTC))
                    .verify(token);
            return new UserId(Long.parseLong(verified.getSubject()));
        } catch (TokenExpiredException e) {
            throw new TokenExpired("the access token has expired");
        } catch (JWTVerificationException e) {
            throw new InvalidToken("the access token was refused: " + JwtChecks.describe(e));
        } catch (IllegalArgumentException e) {
            // Our own signature over a subject that is not a user id: a key leaked or a bug; refuse either way.
            throw new InvalidToken("the access token names no valid user");
        }
    }

    private Algorithm algorithmFor(@Nullable String keyId) {
        @Nullable Algorithm algorithm = keyId == null ? null : algorithms.get(keyId);
        if (algorithm == null) {
            throw new InvalidToken("the access token names no signing key we accept");
        }
        return algorithm;
    }
}
