package com.harufilm.application.upload;

import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadOutcomes;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.UserRepository;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.InvalidVideoFormat;
import com.harufilm.domain.error.TooManyUploads;
import com.harufilm.domain.error.UserNotFound;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.PartPlan;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.User;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.ObjectKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Opens a resumable upload of a day's video, after checking the day and the file are acceptable.
 * A new upload for a day supersedes the caller's open one for that day (an app that lost its state
 * cannot know the old uploadId); beyond that, one user holds at most a configured number open.
 */
public final class InitiateUpload {

    private final UserRepository users;
    private final VideoRepository videos;
    private final UploadSessions sessions;
    private final MultipartUploads multipart;
    private final Transactions transactions;
    private final UploadEndings endings;
    private final UploadOutcomes outcomes;
    private final UploadSettings settings;
    private final RandomGenerator random;
    private final Clock clock;

    /** The session opened, and the ones of the same day it ended. */
    private record Opened(UploadSession session, List<UploadSession> superseded) {
    }

    public InitiateUpload(UserRepository users, VideoRepository videos, UploadSessions sessions, MultipartUploads multipart,
                          ObjectDeletions deletions, Transactions transactions, UploadOutcomes outcomes, UploadSettings settings,
                          RandomGenerator random, Clock clock) {
        this.users = users;
        this.videos = videos;
        this.sessions = sessions;
        this.multipart = multipart;
        this.transactions = transactions;
        this.endings = new UploadEndings(sessions, deletions, multipart);
        this.outcomes = outcomes;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    public UploadTicket initiate(UserId caller, InitiateUploadCommand command) {
        User user = users.findById(caller).orElseThrow(() -> new UserNotFound("user " + caller + " not found"));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, user.timezone());
        if (command.uploadDate().isAfter(today)) {
            throw new InvalidRequest("uploadDate", "uploadDate " + command.uploadDate() + " is in the future (today is " + today + " in "
                    + user.timezone() + ")");
        }
        if (!command.contentType().startsWith("video/")) {
            throw new InvalidVideoFormat("contentType must be a video/* type, not " + command.contentType());
        }
        if (command.fileSize() <= 0 || command.fileSize() > settings.maxFileSize()) {
            throw new InvalidVideoFormat("fileSize must be 1 to " + settings.maxFileSize() + " bytes");
        }
        videos.findByDate(caller, command.uploadDate())
                .filter(video -> !video.status().allowsRefilming())
                .ifPresent(video -> {
                    throw new VideoAlreadyExists("there is already a video for " + command.uploadDate());
                });
        PartPlan plan = PartPlan.of(command.fileSize(), command.partSize(), settings.defaultPartSize());
        String key = ObjectKeys.sourceKey(ObjectKeys.videoPrefix(caller, randomName()));
        String storeUploadId = multipart.startMultipartUpload(key, command.contentType());
        Opened opened;
        try {
            opened = transactions.inTransaction(() -> record(new NewUploadSession(caller, command.uploadDate(), storeUploadId, key,
                    command.fileName(), command.contentType(), plan, now, now.plus(settings.sessionLifetime()))));
        } catch (RuntimeException e) {
            // Nothing may be left open in the store that no session knows of.
            multipart.abortMultipartUpload(key, storeUploadId);
            throw e;
        }
        opened.superseded().forEach(superseded -> {
            outcomes.superseded();
            endings.dropParts(superseded);
        });
        UploadSession session = opened.session();
        return new UploadTicket(session.id(), plan.partSize(), plan.partCount(), session.expiresAt());
    }

    private Opened record(NewUploadSession opening) {
        // The user's row lock queues initiates of one user, so two at once cannot both pass the count.
        users.lock(opening.userId()).orElseThrow(() -> new UserNotFound("user " + opening.userId() + " not found"));
        Instant now = opening.createdAt();
        List<UploadSession> superseded = new ArrayList<>();
        int stillOpen = 0;
        for (UploadSession active : sessions.activeOf(opening.userId())) {
            if (active.uploadDate().equals(opening.uploadDate())) {
                endings.end(active, UploadState.ABORTED, now);
                superseded.add(active);
            } else if (active.isOpenAt(now)) {
                stillOpen++;
            }
        }
        if (stillOpen >= settings.maxOpenSessions()) {
            throw new TooManyUploads("at most " + settings.maxOpenSessions() + " uploads may be open at once: complete or abort one first");
        }
        return new Opened(sessions.insert(opening), superseded);
    }

    private String randomName() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
