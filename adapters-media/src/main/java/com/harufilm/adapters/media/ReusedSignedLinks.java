package com.harufilm.adapters.media;

import com.harufilm.application.port.out.SignedLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out the same signed link for an object for a few minutes instead of signing it on every
 * request. Each link is signed for a little longer than asked (the reuse window) and given again
 * while it still covers what a caller asks, so it is always valid at least as long as requested.
 * Signing is most of a calendar's CPU, and a thumbnail whose URL stays the same for a while is one
 * the app's image cache can keep.
 */
final class ReusedSignedLinks implements SignedLinks {

    /** The most a link is reused for; links of shorter lifetimes are reused for a twelfth of it. */
    static final Duration MAX_REUSE = Duration.ofMinutes(5);
    /** Past this many objects the links are forgotten and signed again: a bound on memory, not a cache policy. */
    static final int MAX_LINKS = 20_000;

    private final SignedLinks signer;
    private final Clock clock;
    private final Map<String, PresignedUrl> links = new ConcurrentHashMap<>();

    ReusedSignedLinks(SignedLinks signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public PresignedUrl presignGet(String key, Duration validFor) {
        Instant neededUntil = clock.instant().plus(validFor);
        PresignedUrl known = links.get(key);
        if (known != null && !known.expiresAt().isBefore(neededUntil)) {
            return known;
        }
        PresignedUrl signed = signer.presignGet(key, validFor.plus(reuseWindow(validFor)));
        if (links.size() >= MAX_LINKS) {
            links.clear();
        }
        links.put(key, signed);
        return signed;
    }

    /** Whole seconds, since a signature's lifetime is a number of seconds. */
    static Duration reuseWindow(Duration validFor) {
        Duration twelfth = validFor.dividedBy(12).truncatedTo(ChronoUnit.SECONDS);
        return twelfth.compareTo(MAX_REUSE) < 0 ? twelfth : MAX_REUSE;
    }
}
