package com.harufilm.bootstrap.api;

import com.harufilm.adapters.web.tokens.AccessTokenSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys for one purpose (playback links, share tokens) derived from the access token keys, so a
 * deployment keeps one secret: the signing key's first, then the others, which still verify
 * during a rotation. Each purpose hashes its own name in, so no two share a key.
 */
final class DerivedKeys {

    private DerivedKeys() {
    }

    static List<byte[]> of(AccessTokenSettings tokens, String purpose) {
        List<byte[]> keys = new ArrayList<>();
        keys.add(derive(purpose, tokens.keys().get(tokens.signingKeyId())));
        tokens.keys().forEach((id, secret) -> {
            if (!id.equals(tokens.signingKeyId())) {
                keys.add(derive(purpose, secret));
            }
        });
        return keys;
    }

    private static byte[] derive(String purpose, byte[] accessTokenKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(purpose.getBytes(StandardCharsets.UTF_8));
            return sha256.digest(accessTokenKey);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
