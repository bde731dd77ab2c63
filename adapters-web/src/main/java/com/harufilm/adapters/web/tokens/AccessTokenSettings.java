package com.harufilm.adapters.web.tokens;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How access tokens are signed: the key id new tokens name, every key still accepted (kid to HMAC
 * secret; keep a retired signing key here until the tokens it signed have expired), and how long a
 * token lives.
 */
public record AccessTokenSettings(String signingKeyId, Map<String, byte[]> keys, Duration lifetime) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
    /** HS256 wants a key at least as long as its 256-bit hash (RFC 7518, section 3.2). */
    public static final int MIN_KEY_BYTES = 32;

    public AccessTokenSettings {
        Objects.requireNonNull(signingKeyId, "signingKeyId");
        Objects.requireNonNull(lifetime, "lifetime");
        keys = copyOf(keys);
        if (!keys.containsKey(signingKeyId)) {
            throw new IllegalArgumentException("the signing key id '" + signingKeyId + "' names none of the keys");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the access token lifetime must be positive");
        }
    }

    public AccessTokenSettings(String signingKeyId, Map<String, byte[]> keys) {
        this(signingKeyId, keys, DEFAULT_LIFETIME);
    }

    /** A copy, so no caller can change a secret under a running verifier. */
    @Override
    public Map<String, byte[]> keys() {
        return copyOf(keys);
    }

    /** Names the key ids only: settings get logged, secrets must not. */
    @Override
    public String toString() {
        return "AccessTokenSettings[signingKeyId=" + signingKeyId + ", keyIds=" + keys.keySet() + ", lifetime=" + lifetime + "]";
    }

    private static Map<String, byte[]> copyOf(Map<String, byte[]> keys) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        keys.forEach((kid, key) -> {
            if (kid.isBlank()) {
                throw new IllegalArgumentException("access token key ids must not be blank");
            }
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("access token key '" + kid + "' is shorter than " + MIN_KEY_BYTES + " bytes");
            }
            copy.put(kid, key.clone());
        });
        return Collections.unmodifiableMap(copy);
    }
}
