package com.harufilm.application.playback;

import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.video.VideoId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs playback links so a player needs no token: an HMAC over the video and an expiry. An
 * altered or expired link is answered as if the video did not exist. The first key signs; every
 * key verifies, so a key rotation leaves the links already handed out working while the retired
 * key is still listed.
 */
public final class PlaybackSigner {

    /** A signature and the instant it stops working. */
    public record SignedPlayback(long expires, String signature) {
    }

    private final List<byte[]> keys;
    private final Duration lifetime;
    private final Clock clock;

    /** {@code keys}: the signing key first, then the retired ones that still verify. */
    public PlaybackSigner(List<byte[]> keys, Duration lifetime, Clock clock) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a playback signer needs a key");
        }
        this.keys = keys.stream().map(byte[]::clone).toList();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public SignedPlayback sign(VideoId video) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return new SignedPlayback(expires, mac(keys.getFirst(), video, expires));
    }

    public void verify(VideoId video, long expires, String signature) {
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        boolean valid = keys.stream()
                .anyMatch(key -> MessageDigest.isEqual(mac(key, video, expires).getBytes(StandardCharsets.US_ASCII), presented));
        if (!valid || Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
            throw new VideoNotFound("video " + video + " not found (the playback link is altered or expired)");
        }
    }

    /** How long what a signed link leads to may still be fetched. */
    public Duration remaining(long expires) {
        Duration left = Duration.between(clock.instant(), Instant.ofEpochSecond(expires));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String mac(byte[] key, VideoId video, long expires) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = hmac.doFinal(("playback:" + video + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
