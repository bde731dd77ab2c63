package com.harufilm.domain.share;

import com.harufilm.domain.video.VideoId;
import java.time.Instant;

/**
 * A link to one day's video, live from {@code createdAt} until {@code expiresAt} or its revocation
 * (which removes it). {@code seed} is what the token is derived from with the server's key, so the
 * owner's list can show the link again while only the token's hash is kept.
 */
public record Share(ShareId id, VideoId videoId, String seed, String tokenHash, Instant createdAt, Instant expiresAt, long views) {

    public boolean liveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
