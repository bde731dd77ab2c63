package com.harufilm.application.share;

import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes share tokens: an HMAC of a random seed under a server key, so the store keeps the seed
 * and the token's hash but never the token, and the owner's list can still show each link. The
 * first key makes new tokens; every key is tried when a stored link is shown again, so a key
 * rotation changes no link handed out.
 */
public final class ShareTokens {

    /** A new link's seed (to store) and its token (to hand out once, as a URL). */
    public record Minted(String seed, ShareToken token) {
    }

    private static final int SEED_BYTES = 16;
    private static final int TOKEN_BYTES = 24;

    private final List<byte[]> keys;
    private final RandomGenerator random;

    /** {@code keys}: the key new tokens are made with first; {@code random}: a secure generator. */
    public ShareTokens(List<byte[]> keys, RandomGenerator random) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("share tokens need a key");
        }
        this.keys = keys.stream().map(byte[]::clone).toList();
        this.random = random;
    }

    public Minted mint() {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(seed);
        return new Minted(encoded, derive(keys.getFirst(), encoded));
    }

    /** The token of a stored link; empty when none of the keys made it (its key was retired). */
    public Optional<ShareToken> tokenOf(Share share) {
        return keys.stream().map(key -> derive(key, share.seed()))
                .filter(token -> token.hash().equals(share.tokenHash()))
                .findFirst();
    }

    private static ShareToken derive(byte[] key, String seed) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = hmac.doFinal(("share:" + seed).getBytes(StandardCharsets.US_ASCII));
            return new ShareToken(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TOKEN_BYTES)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
