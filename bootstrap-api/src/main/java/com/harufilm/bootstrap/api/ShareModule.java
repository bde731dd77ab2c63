package com.harufilm.bootstrap.api;

import com.harufilm.adapters.web.tokens.AccessTokenSettings;
import com.harufilm.application.playback.PlaylistRewriter;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.ShareLinks;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.share.CreateShare;
import com.harufilm.application.share.ListShares;
import com.harufilm.application.share.OpenSharedDay;
import com.harufilm.application.share.RevokeShare;
import com.harufilm.application.share.ServeSharedMedia;
import com.harufilm.application.share.ShareTokens;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Share links' use cases. */
@Module
interface ShareModule {

    /** Segment and thumbnail links behind a share: short, as the link may be revoked at any moment. */
    Duration SHARED_MEDIA_LINKS = Duration.ofMinutes(15);

    /** Tokens derive from the access token keys, so a deployment keeps one secret; a rotation changes no link. */
    @Provides
    @Singleton
    static ShareTokens shareTokens(AccessTokenSettings tokens) {
        return new ShareTokens(DerivedKeys.of(tokens, "haru-share"), new SecureRandom());
    }

    @Provides
    static CreateShare createShare(UserRepository users, VideoRepository videos, ShareLinks shares, ShareTokens tokens,
                                   Transactions transactions, Clock clock) {
        return new CreateShare(users, videos, shares, tokens, transactions, clock);
    }

    @Provides
    static ListShares listShares(VideoRepository videos, ShareLinks shares, ShareTokens tokens, Clock clock) {
        return new ListShares(videos, shares, tokens, clock);
    }

    @Provides
    static RevokeShare revokeShare(ShareLinks shares) {
        return new RevokeShare(shares);
    }

    @Provides
    static OpenSharedDay openSharedDay(ShareLinks shares, DiaryReads reads, Clock clock) {
        return new OpenSharedDay(shares, reads, clock);
    }

    @Provides
    static ServeSharedMedia serveSharedMedia(ShareLinks shares, DiaryReads reads, PlaylistRewriter playlists, SignedLinks links, Clock clock) {
        return new ServeSharedMedia(shares, reads, playlists, links, SHARED_MEDIA_LINKS, clock);
    }
}
