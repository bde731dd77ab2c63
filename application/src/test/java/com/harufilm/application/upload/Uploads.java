package com.harufilm.application.upload;

import com.harufilm.application.fakes.InMemoryNotificationLog;
import com.harufilm.application.fakes.InMemoryObjectStore;
import com.harufilm.application.fakes.InMemoryUploads;
import com.harufilm.application.fakes.InMemoryUsers;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.RecordedMeasurements;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.RecordedObjectDeletions;
import com.harufilm.application.notification.Notices;
import com.harufilm.domain.upload.PartPlan;
import com.harufilm.domain.user.NewUser;
import com.harufilm.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** The upload use cases over in-memory fakes, with one user in Seoul. */
final class Uploads {

    static final int MiB = PartPlan.MiB;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryUploads data = new InMemoryUploads();
    final InMemoryObjectStore store = new InMemoryObjectStore(clock);
    final RecordedObjectDeletions deletions = new RecordedObjectDeletions();
    final DirectTransactions transactions = new DirectTransactions();
    final InMemoryNotificationLog notices = new InMemoryNotificationLog();
    final RecordedMeasurements outcomes = new RecordedMeasurements();
    final UploadSettings settings = new UploadSettings(2L * 1024 * MiB, 8 * MiB, Duration.ofHours(24), Duration.ofMinutes(15), 3, 100);
    final User mina = users.insertOrGet(NewUser.withDefaults(null, "mina@example.com", "Mina", null, ZoneId.of("Asia/Seoul")),
            clock.instant());
    final User jun = users.insertOrGet(NewUser.withDefaults(null, "jun@example.com", "Jun", null, ZoneId.of("America/Los_Angeles")),
            clock.instant());

    InitiateUpload initiate() {
        return new InitiateUpload(users, data.videos, data.uploadSessions, store, deletions, transactions, outcomes,
                settings, new SplittableRandom(1), clock);
    }

    CompleteUpload complete() {
        return new CompleteUpload(data.uploadSessions, data.videos, data.videos.timestamps, data.encodingJobs, deletions, store, store,
                transactions, new Notices(notices, users, clock), outcomes, settings, clock);
    }

    GetUploadStatus status() {
        return new GetUploadStatus(data.uploadSessions, store, store, clock);
    }

    GetPartUploadUrls urls() {
        return new GetPartUploadUrls(data.uploadSessions, store, settings, clock);
    }

    AbortUpload abort() {
        return new AbortUpload(data.uploadSessions, deletions, store, transactions, outcomes, clock);
    }

    SweepExpiredUploads sweep() {
        return new SweepExpiredUploads(data.uploadSessions, store, deletions, "users/", new Notices(notices, users, clock), outcomes,
                transactions, clock);
    }
}
