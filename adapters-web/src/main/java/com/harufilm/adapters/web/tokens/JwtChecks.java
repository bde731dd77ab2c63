package com.harufilm.adapters.web.tokens;

import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Verification;
import java.time.Clock;

/** What both token checks share: java-jwt verifiers on our clock, and failures told safely. */
final class JwtChecks {

    private JwtChecks() {
    }

    /** java-jwt takes a custom clock only on its concrete builder, which require() hides behind the interface. */
    static JWTVerifier verifier(Verification verification, Clock clock) {
        return ((JWTVerifier.BaseVerification) verification).build(clock);
    }

    /**
     * Why java-jwt refused a token, for messages and logs. Never its own message: a decode failure
     * quotes the token's decoded JSON, and the token must not leak.
     */
    static String describe(JWTVerificationException failure) {
        return switch (failure) {
            case TokenExpiredException e -> "it has expired";
            case AlgorithmMismatchException e -> "it is signed with an unexpected algorithm";
            case SignatureVerificationException e -> "its signature does not match";
            // Claim names come from our own requirements, not from the token.
            case MissingClaimException e -> "it lacks the claim '" + e.getClaimName() + "'";
            case IncorrectClaimException e -> "its claim '" + e.getClaimName() + "' is not accepted";
            case JWTDecodeException e -> "it is not a well-formed JWT";
            default -> "it failed verification";
        };
    }
}
