package com.harufilm.bootstrap.api;

import com.harufilm.adapters.web.tokens.AccessTokenSettings;
import com.harufilm.application.diary.VideoViews;
import com.harufilm.application.encoding.ApplyEncodingEvent;
import com.harufilm.application.encoding.AttemptLimits;
import com.harufilm.application.diary.GetVideo;
import com.harufilm.application.playback.PlaybackSigner;
import com.harufilm.application.outbox.RelayOutbox;
import com.harufilm.application.encoding.RequeueStuckVideos;
import com.harufilm.application.playback.PlaylistRewriter;
import com.harufilm.application.playback.ServePlayback;
import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.EncodingAttempts;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.EncodingMeasurements;
import com.harufilm.application.port.out.MessagePublisher;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoRepository;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The API's side of encoding: applying the worker's reports, the outbox relay, stuck videos, playback. */
@Module
interface EncodingModule {

    /**
     * Playback links are signed with a key derived from the access token keys; a rotation (a new
     * HARU_JWT_SIGNING_KEY_ID, the old key kept in HARU_JWT_KEYS) leaves links in flight working.
     */
    @Provides
    @Singleton
    static PlaybackSigner playbackSigner(AccessTokenSettings tokens, EncodingSettings settings, Clock clock) {
        return new PlaybackSigner(DerivedKeys.of(tokens, "haru-playback"), settings.playbackLinkLifetime(), clock);
    }

    @Provides
    static GetVideo getVideo(DiaryReads videos, VideoViews views) {
        return new GetVideo(videos, views);
    }

    @Provides
    static PlaylistRewriter playlistRewriter(ObjectStore store, SignedLinks links) {
        return new PlaylistRewriter(store, links);
    }

    @Provides
    static ServePlayback servePlayback(DiaryReads videos, PlaylistRewriter playlists, PlaybackSigner signer) {
        return new ServePlayback(videos, playlists, signer);
    }

    /** The embedded run's worker reads it too. */
    @Provides
    @Named("maxEncodeAttempts")
    static int maxEncodeAttempts(EncodingSettings settings) {
        return settings.maxEncodeAttempts();
    }

    @Provides
    static AttemptLimits attemptLimits(EncodingSettings settings) {
        return new AttemptLimits(settings.maxEncodeAttempts(), settings.stuckAfter());
    }

    @Provides
    static ApplyEncodingEvent applyEncodingEvent(VideoRepository videos, VideoEncodingState encodingState, EncodingAttempts attempts, ObjectDeletions deletions,
                                                 Transactions transactions, Notices notices, AttemptLimits limits,
                                                 EncodingMeasurements measurements, Clock clock) {
        return new ApplyEncodingEvent(videos, encodingState, attempts, deletions, transactions, notices, limits, measurements, clock);
    }

    @Provides
    static RelayOutbox relayOutbox(Outbox outbox, MessagePublisher publisher, Clock clock) {
        return new RelayOutbox(outbox, publisher, clock);
    }

    @Provides
    static RequeueStuckVideos requeueStuckVideos(VideoRepository videos, VideoEncodingState encodingState, EncodingAttempts attempts, EncodingJobs jobs,
                                                 Transactions transactions, Notices notices, AttemptLimits limits,
                                                 EncodingMeasurements measurements, Clock clock) {
        return new RequeueStuckVideos(videos, encodingState, attempts, jobs, transactions, notices, limits, measurements, clock);
    }
}
