package com.harufilm.application.share;

import com.harufilm.application.playback.PlaylistRewriter;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.application.share.SharedVideos.SharedVideo;
import com.harufilm.domain.error.ShareNotFound;
import com.harufilm.domain.error.VideoNotFound;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The playlists and thumbnail behind a share link, checked on every request so a revoked link
 * stops at once. Playlists name the next ones relative to the link's own path; segments and the
 * thumbnail are short-lived presigned store URLs, never past the link's expiry.
 */
public final class ServeSharedMedia {

    private final SharedVideos shared;
    private final PlaylistRewriter playlists;
    private final SignedLinks links;
    private final Duration linkLifetime;
    private final Clock clock;

    public ServeSharedMedia(ShareLinks shares, DiaryReads reads, PlaylistRewriter playlists, SignedLinks links, Duration linkLifetime,
                            Clock clock) {
        this.shared = new SharedVideos(shares, reads, clock);
        this.playlists = playlists;
        this.links = links;
        this.linkLifetime = linkLifetime;
        this.clock = clock;
    }

    public String playlist(String token, String path) {
        SharedVideo found = shared.find(token);
        try {
            return playlists.rewrite(found.details(), path, "", validFor(found));
        } catch (VideoNotFound noSuchPlaylist) {
            // Behind a link there are only share answers: no hint of a video id.
            throw new ShareNotFound("no such playlist behind this share link");
        }
    }

    public URI thumbnail(String token) {
        SharedVideo found = shared.find(token);
        return links.presignGet(found.details().thumbnailKey(), validFor(found)).url();
    }

    private Duration validFor(SharedVideo found) {
        Duration left = Duration.between(clock.instant(), found.share().expiresAt());
        return left.compareTo(linkLifetime) < 0 ? left : linkLifetime;
    }
}
