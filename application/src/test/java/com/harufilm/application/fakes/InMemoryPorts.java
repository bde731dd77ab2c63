package com.harufilm.application.fakes;

import com.harufilm.application.contract.ContractPorts;
import com.harufilm.application.fakes.SimpleFakes.DirectTransactions;
import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.fakes.SimpleFakes.RecordedObjectDeletions;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.DiaryReads;
import com.harufilm.application.port.out.VideoEncodingState;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fakes as one store, wired as the database ties its tables: a deleted user takes their
 * logins and devices along, a notice reads its user's device tokens, a reminder its user's videos and uploads.
 */
public final class InMemoryPorts implements ContractPorts {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryLoginSessions loginSessions = new InMemoryLoginSessions();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryNotificationLog notifications = new InMemoryNotificationLog(devices);
    private final RecordedObjectDeletions objectDeletions = new RecordedObjectDeletions();
    private final InMemoryUploads uploads = new InMemoryUploads();
    private final InMemoryReminderSchedule reminderSchedule = new InMemoryReminderSchedule(users, devices, uploads);
    private final DirectTransactions transactions = new DirectTransactions();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryShareLinks shareLinks = new InMemoryShareLinks(uploads.videos);

    public InMemoryPorts() {
        users.onDelete(loginSessions::forgetUser);
        users.onDelete(devices::forgetUser);
        users.onDelete(shareLinks::forgetUser);
    }

    @Override
    public InMemoryUsers users() {
        return users;
    }

    @Override
    public InMemoryLoginSessions loginSessions() {
        return loginSessions;
    }

    @Override
    public InMemoryDevices devices() {
        return devices;
    }

    @Override
    public InMemoryNotificationLog notifications() {
        return notifications;
    }

    @Override
    public RecordedObjectDeletions objectDeletions() {
        return objectDeletions;
    }

    @Override
    public InMemoryReminderSchedule reminderSchedule() {
        return reminderSchedule;
    }

    @Override
    public UploadSessions uploadSessions() {
        return uploads.uploadSessions;
    }

    @Override
    public InMemoryVideos videos() {
        return uploads.videos;
    }

    @Override
    public VideoEncodingState videoEncodingState() {
        return uploads.videos.encodingState;
    }

    @Override
    public DiaryReads diaryReads() {
        return uploads.videos.reads;
    }

    @Override
    public VideoTimestamps videoTimestamps() {
        return uploads.videos.timestamps;
    }

    @Override
    public InMemoryShareLinks shareLinks() {
        return shareLinks;
    }

    @Override
    public VideoRecords videoRecords() {
        InMemoryVideos videos = uploads.videos;
        return new VideoRecords() {
            @Override
            public Instant statusChangedAt(VideoId id) {
                return videos.statusChanged.getOrDefault(id, videos.rows.get(id).createdAt());
            }

            @Override
            public List<Integer> memoryOrdinals(UserId user) {
                return videos.ordinals.entrySet().stream().filter(e -> videos.rows.get(e.getKey()).ownedBy(user))
                        .map(Map.Entry::getValue).sorted().toList();
            }

            @Override
            public int memoryOrdinalOf(VideoId id) {
                return videos.ordinals.get(id);
            }
        };
    }

    @Override
    public InMemoryEncodingAttempts encodingAttempts() {
        return uploads.encodingAttempts;
    }

    @Override
    public InMemoryOutbox outbox() {
        return outbox;
    }

    @Override
    public InMemoryOutbox outboxRecords() {
        return outbox;
    }

    @Override
    public DirectTransactions transactions() {
        return transactions;
    }
}
