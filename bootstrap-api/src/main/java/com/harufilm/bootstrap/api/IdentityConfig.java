package com.harufilm.bootstrap.api;

import com.harufilm.adapters.web.tokens.AccessTokenSettings;
import com.harufilm.adapters.web.tokens.GoogleSettings;
import com.harufilm.bootstrap.worker.Env;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The identity settings: logins and refresh tokens, access token keys, the Google client. */
public record IdentityConfig(IdentitySettings identity, AccessTokenSettings accessTokens, Optional<GoogleSettings> google) {

    private static final String DEV_KEY_ID = "dev";

    static IdentityConfig read(Env env, boolean embedded, Path dataDir) {
        IdentitySettings identity = new IdentitySettings(
                env.duration("HARU_REFRESH_TOKEN_TTL_DAYS", Duration.ofDays(30), ChronoUnit.DAYS),
                env.duration("HARU_REFRESH_REUSE_GRACE_SECONDS", Duration.ZERO, ChronoUnit.SECONDS),
                env.zone("HARU_DEFAULT_TIMEZONE", ZoneId.of("Asia/Seoul")));
        Duration lifetime = env.duration("HARU_ACCESS_TOKEN_TTL_SECONDS", AccessTokenSettings.DEFAULT_LIFETIME, ChronoUnit.SECONDS);
        return new IdentityConfig(identity, accessTokens(env, embedded, dataDir, lifetime), google(env));
    }

    /**
     * HARU_JWT_KEYS is "kid:base64secret,kid2:base64secret", HARU_JWT_SIGNING_KEY_ID names the one
     * that signs. The embedded run makes and keeps its own key, so logins survive a restart.
     */
    private static AccessTokenSettings accessTokens(Env env, boolean embedded, Path dataDir, Duration lifetime) {
        String configured = env.string("HARU_JWT_KEYS", "");
        if (configured.isEmpty()) {
            if (!embedded) {
                env.problem("HARU_JWT_KEYS", "is required: kid:base64secret[,kid:base64secret], secrets of at least 32 bytes");
                return devKey(lifetime, new byte[AccessTokenSettings.MIN_KEY_BYTES]);
            }
            return devKey(lifetime, devSecret(dataDir.resolve("jwt-signing-key")));
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : env.list("HARU_JWT_KEYS", List.of())) {
            int colon = entry.indexOf(':');
            try {
                keys.put(entry.substring(0, Math.max(colon, 0)), Base64.getDecoder().decode(entry.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                env.problem("HARU_JWT_KEYS", "has a secret that is not base64");
            }
        }
        String signing = env.string("HARU_JWT_SIGNING_KEY_ID", keys.isEmpty() ? "" : keys.keySet().iterator().next());
        try {
            return new AccessTokenSettings(signing, keys, lifetime);
        } catch (IllegalArgumentException e) {
            env.problem("HARU_JWT_KEYS", e.getMessage());
            return devKey(lifetime, new byte[AccessTokenSettings.MIN_KEY_BYTES]);
        }
    }

    private static AccessTokenSettings devKey(Duration lifetime, byte[] secret) {
        return new AccessTokenSettings(DEV_KEY_ID, Map.of(DEV_KEY_ID, secret), lifetime);
    }

    private static byte[] devSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the dev signing key in " + file, e);
        }
    }

    /** Google login exists only where a client is configured; elsewhere it answers GOOGLE_AUTH_FAILED. */
    private static Optional<GoogleSettings> google(Env env) {
        String clientId = env.string("HARU_GOOGLE_CLIENT_ID", "");
        if (clientId.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GoogleSettings(
                    env.uri("HARU_GOOGLE_AUTHORIZE_URL", GoogleSettings.GOOGLE_AUTHORIZE_URI.toString()),
                    env.uri("HARU_GOOGLE_TOKEN_URL", GoogleSettings.GOOGLE_TOKEN_URI.toString()),
                    env.uri("HARU_GOOGLE_JWKS_URL", GoogleSettings.GOOGLE_JWKS_URI.toString()),
                    clientId,
                    env.string("HARU_GOOGLE_CLIENT_SECRET", ""),
                    env.list("HARU_GOOGLE_AUDIENCES", List.of(clientId)),
                    env.millis("HARU_GOOGLE_TIMEOUT_MS", GoogleSettings.DEFAULT_REQUEST_TIMEOUT)));
        } catch (IllegalArgumentException e) {
            env.problem("HARU_GOOGLE_CLIENT_ID/HARU_GOOGLE_CLIENT_SECRET/HARU_GOOGLE_AUDIENCES:", e.getMessage());
            return Optional.empty();
        }
    }
}
