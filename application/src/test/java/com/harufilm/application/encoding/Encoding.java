package com.harufilm.application.encoding;

import com.harufilm.application.fakes.InMemoryNotificationLog;
import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.playback.PlaybackSigner;
import com.harufilm.application.notification.Notices;
import com.harufilm.domain.user.NewUser;
import java.time.ZoneId;
import com.harufilm.application.fakes.InMemoryUploads;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.RecordedMeasurements;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.RecordedObjectDeletions;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodedVideo;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Rendition;
import com.harufilm.domain.video.Video;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The encoding use cases over in-memory fakes, with one uploaded video (public: playback tests start from its COMPLETE video). */
public final class Encoding {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    public final InMemoryUploads data = new InMemoryUploads();
    public final InMemoryObjectStore store = new InMemoryObjectStore(clock);
    final RecordedObjectDeletions deletions = new RecordedObjectDeletions();
    final DirectTransactions transactions = new DirectTransactions();
    public final PlaybackSigner signer = new PlaybackSigner(List.of("playback-key".getBytes(StandardCharsets.UTF_8)), Duration.ofHours(1), clock);
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryNotificationLog notices = new InMemoryNotificationLog();
    final UserId owner = users.insertOrGet(NewUser.withDefaults(null, "owner@example.com", null, null, ZoneId.of("Asia/Seoul")),
            clock.instant()).id();
    public final Video video = data.videos.insertPending(owner, LocalDate.of(2026, 11, 27),
            "users/7/videos/abcdefghijklmnop/source", "users/7/videos/abcdefghijklmnop/", clock.instant());

    final AttemptLimits limits = new AttemptLimits(3, Duration.ofMinutes(30));
    final RecordedMeasurements measurements = new RecordedMeasurements();

    public ApplyEncodingEvent apply() {
        return new ApplyEncodingEvent(data.videos, data.videos.encodingState, data.encodingAttempts, deletions, transactions,
                new Notices(notices, users, clock), limits, measurements, clock);
    }

    RequeueStuckVideos requeue() {
        return new RequeueStuckVideos(data.videos, data.videos.encodingState, data.encodingAttempts, data.encodingJobs, transactions,
                new Notices(notices, users, clock), limits, measurements, clock);
    }

    public EncodedVideo encoded() {
        String hls = ObjectKeys.hlsPrefix(video.outputPrefix());
        return new EncodedVideo(12.5, 1080, 1920, List.of(new Rendition(360, 640, 800_000, hls + "640p/index.m3u8"),
                new Rendition(720, 1280, 3_200_000, hls + "1280p/index.m3u8")));
    }
}
