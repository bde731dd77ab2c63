package com.harufilm.application.share;

import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.VideoNotFound;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Clock;
import java.util.List;

/** The live links to one of the caller's videos, newest first, each with its link again. */
public final class ListShares {

    private final VideoRepository videos;
    private final ShareLinks shares;
    private final ShareTokens tokens;
    private final Clock clock;

    public ListShares(VideoRepository videos, ShareLinks shares, ShareTokens tokens, Clock clock) {
        this.videos = videos;
        this.shares = shares;
        this.tokens = tokens;
        this.clock = clock;
    }

    public List<ShareView> list(UserId caller, VideoId id) {
        videos.findById(caller, id).filter(found -> found.ownedBy(caller))
                .orElseThrow(() -> new VideoNotFound("video " + id + " not found"));
        return shares.live(caller, id, clock.instant()).stream()
                .map(share -> new ShareView(share, tokens.tokenOf(share).orElse(null)))
                .toList();
    }
}
