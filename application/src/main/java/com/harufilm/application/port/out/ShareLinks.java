package com.harufilm.application.port.out;

import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareId;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Share links as stored: by their token's hash, never the token. Deleting the video or its owner
 * deletes its links with it. An owner's request names the owner, and the owner is part of the query.
 */
public interface ShareLinks extends FinishedRows {

    Share insert(UserId owner, VideoId videoId, String seed, String tokenHash, Instant now, Instant expiresAt);

    /** The owner's links that have not expired at {@code now}, over all their videos. */
    int countLive(UserId owner, Instant now);

    /** The owner's unexpired links to this video, newest first; none when the video is not theirs. */
    List<Share> live(UserId owner, VideoId videoId, Instant now);

    /** Removes the owner's link; false when the owner has no such link. */
    boolean revoke(UserId owner, ShareId id);

    /** The unexpired link with this token hash. */
    Optional<Share> findLive(String tokenHash, Instant now);

    /** One more person opened the link's page. */
    void countView(ShareId id);
}
