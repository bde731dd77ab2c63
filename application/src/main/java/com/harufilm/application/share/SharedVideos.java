package com.harufilm.application.share;

import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.domain.error.ShareNotFound;
import com.harufilm.domain.share.Share;
import com.harufilm.domain.share.ShareToken;
import com.harufilm.domain.video.VideoDetails;
import java.time.Clock;

/**
 * What a presented token leads to: a live link to a COMPLETE video. Malformed, unknown, expired and
 * revoked tokens, and links whose video changed, all end in the one SHARE_NOT_FOUND.
 */
final class SharedVideos {

    /** A live link and its video. */
    record SharedVideo(Share share, VideoDetails details) {
    }

    private final ShareLinks shares;
    private final DiaryReads reads;
    private final Clock clock;

    SharedVideos(ShareLinks shares, DiaryReads reads, Clock clock) {
        this.shares = shares;
        this.reads = reads;
        this.clock = clock;
    }

    SharedVideo find(String token) {
        if (!ShareToken.wellFormed(token)) {
            throw notFound();
        }
        Share share = shares.findLive(new ShareToken(token).hash(), clock.instant()).orElseThrow(SharedVideos::notFound);
        VideoDetails details = reads.details(share.videoId())
                .filter(found -> found.video().status().shareable())
                .orElseThrow(SharedVideos::notFound);
        return new SharedVideo(share, details);
    }

    private static ShareNotFound notFound() {
        // Which of the cases it was stays on the server: a probe learns nothing.
        return new ShareNotFound("this share link does not exist or has ended");
    }
}
