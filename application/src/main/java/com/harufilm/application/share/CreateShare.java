package com.harufilm.application.share;

import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.share.ShareTokens.Minted;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.error.VideoNotReady;
import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareRules;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Makes an expiring link to one of the caller's COMPLETE days, within the live links one user may hold. */
public final class CreateShare {

    private final UserRepository users;
    private final VideoRepository videos;
    private final ShareLinks shares;
    private final ShareTokens tokens;
    private final Transactions transactions;
    private final Clock clock;

    public CreateShare(UserRepository users, VideoRepository videos, ShareLinks shares, ShareTokens tokens, Transactions transactions,
                       Clock clock) {
        this.users = users;
        this.videos = videos;
        this.shares = shares;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ShareView create(UserId caller, VideoId id, @Nullable Integer expiresInHours) {
        Duration lifetime = ShareRules.lifetime(expiresInHours);
        return transactions.inTransaction(() -> {
            // The owner's row lock first: two creates at once count one after the other, so neither passes the limit.
            users.lock(caller).orElseThrow(() -> notFound(id));
            Video video = videos.findById(caller, id).filter(found -> found.ownedBy(caller)).orElseThrow(() -> notFound(id));
            if (!video.status().shareable()) {
                throw new VideoNotReady("video " + id + " is " + video.status() + "; only a COMPLETE video can be shared");
            }
            Instant now = clock.instant();
            ShareRules.requireRoomBeside(shares.countLive(caller, now));
            Minted minted = tokens.mint();
            Share share = shares.insert(caller, id, minted.seed(), minted.token().hash(), now, now.plus(lifetime));
            return new ShareView(share, minted.token());
        });
    }

    private static VideoNotFound notFound(VideoId id) {
        return new VideoNotFound("video " + id + " not found");
    }
}
