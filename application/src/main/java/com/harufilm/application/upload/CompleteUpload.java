package com.harufilm.application.upload;

import com.harufilm.application.notification.Notices;
import com.harufilm.application.port.out.EncodingJobs;
import com.harufilm.application.port.out.ObjectDeletions;
import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.MultipartUploads.StoredPart;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.Transactions;
import com.harufilm.application.port.out.UploadOutcomes;
import com.harufilm.application.port.out.UploadSessions;
import com.harufilm.application.port.out.VideoRepository;
import com.harufilm.application.port.out.VideoTimestamps;
import com.harufilm.domain.error.UploadNotFound;
import com.harufilm.domain.error.VideoAlreadyExists;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.EncodingJob;
import com.harufilm.domain.video.ObjectKeys;
import com.harufilm.domain.video.Video;
import com.harufilm.domain.video.VideoTimestamp;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns a finished upload into a PENDING video with its encoding job, in one transaction, and
 * answers at once. Completing again answers the same video; a store that assembled the object
 * while the database failed is finished on the next call rather than left as an orphan, and an
 * assembled object whose session can no longer become a video is queued for removal.
 */
public final class CompleteUpload {

    private static final System.Logger log = System.getLogger(CompleteUpload.class.getName());

    private final UploadSessions sessions;
    private final VideoRepository videos;
    private final VideoTimestamps timestamps;
    private final EncodingJobs encodingJobs;
    private final ObjectDeletions objectDeletions;
    private final MultipartUploads multipart;
    private final ObjectStore store;
    private final Transactions transactions;
    private final Notices notices;
    private final UploadOutcomes outcomes;
    private final UploadEndings endings;
    private final StoreAssembly assembly;
    private final int maxTimestamps;
    private final Clock clock;

    public CompleteUpload(UploadSessions sessions, VideoRepository videos, VideoTimestamps timestamps, EncodingJobs encodingJobs,
                          ObjectDeletions objectDeletions, MultipartUploads multipart, ObjectStore store, Transactions transactions,
                          Notices notices, UploadOutcomes outcomes, UploadSettings settings, Clock clock) {
        this.sessions = sessions;
        this.videos = videos;
        this.timestamps = timestamps;
        this.encodingJobs = encodingJobs;
        this.objectDeletions = objectDeletions;
        this.multipart = multipart;
        this.store = store;
        this.transactions = transactions;
        this.notices = notices;
        this.outcomes = outcomes;
        this.endings = new UploadEndings(sessions, objectDeletions, multipart);
        this.assembly = new StoreAssembly(store);
        this.maxTimestamps = settings.maxTimestampsPerVideo();
        this.clock = clock;
    }

    public CompletedUpload complete(UserId caller, CompleteUploadCommand command) {
        VideoTimestamp.requireAtMost(maxTimestamps, command.timestamps().size());
        UploadSession session = sessions.find(caller, command.uploadId()).filter(found -> found.ownedBy(caller))
                .orElseThrow(() -> OwnedUploads.notFound(command.uploadId()));
        if (session.state() == UploadState.COMPLETED) {
            return finished(session);
        }
        if (!session.isOpenAt(clock.instant())) {
            throw OwnedUploads.notFound(command.uploadId());
        }
        List<StoredPart> stored = multipart.listParts(session.objectKey(), session.storeUploadId());
        if (assembly.assembled(session, stored)) {
            log.log(Level.INFO, "upload {0}: the store assembled it in an earlier call that did not finish; recording its video now",
                    session.id());
        } else {
            List<StoredPart> parts = PartCheck.verify(session.plan(), command.parts(), stored);
            refuseIfTheDayIsTaken(session);
            if (!multipart.completeMultipartUpload(session.objectKey(), session.storeUploadId(), parts) && !assembly.assembled(session, List.of())) {
                throw OwnedUploads.notFound(command.uploadId());
            }
        }
        Recorded recorded;
        try {
            recorded = transactions.inTransaction(() -> record(session, command.timestamps()));
        } catch (VideoAlreadyExists | UploadNotFound lost) {
            // Another upload took the day, or the session ended (aborted, expired, superseded, its user
            // deleted) while the store assembled: the object will never be a video, so it goes too.
            Instant now = clock.instant();
            boolean ended = transactions.inTransaction(() -> {
                objectDeletions.enqueuePrefix(ObjectKeys.videoPrefixOf(session.objectKey()), now);
                return sessions.end(caller, session.id(), UploadState.ABORTED, now);
            });
            if (ended) {
                outcomes.superseded();
            }
            throw lost;
        }
        if (recorded.created()) {
            outcomes.completed();
        }
        return recorded.upload();
    }

    /** Checked before assembling, so a losing upload's parts are dropped rather than turned into an object. */
    private void refuseIfTheDayIsTaken(UploadSession session) {
        if (videos.findByDate(session.userId(), session.uploadDate()).filter(video -> !video.status().allowsRefilming()).isPresent()) {
            Instant now = clock.instant();
            if (transactions.inTransaction(() -> endings.end(session, UploadState.ABORTED, now))) {
                outcomes.superseded();
            }
            endings.dropParts(session);
            throw new VideoAlreadyExists("another upload already completed " + session.uploadDate());
        }
    }

    /** {@code created}: this call made the video, rather than finding it made by an earlier one. */
    private record Recorded(CompletedUpload upload, boolean created) {
    }

    private Recorded record(UploadSession session, List<VideoTimestamp> timestamps) {
        Instant now = clock.instant();
        UploadSession locked = sessions.lock(session.userId(), session.id()).orElseThrow(() -> OwnedUploads.notFound(session.id()));
        if (locked.state() == UploadState.COMPLETED) {
            return new Recorded(finished(locked), false);
        }
        if (locked.state() != UploadState.ACTIVE) {
            throw OwnedUploads.notFound(session.id());
        }
        videos.findByDate(session.userId(), session.uploadDate()).ifPresent(existing -> {
            if (!existing.status().allowsRefilming()) {
                throw new VideoAlreadyExists("another upload already completed " + session.uploadDate());
            }
            // A FAILED day is filmed again: the new video replaces it, objects and all.
            objectDeletions.enqueuePrefix(existing.outputPrefix(), now);
            videos.delete(session.userId(), existing.id());
        });
        String outputPrefix = ObjectKeys.videoPrefixOf(session.objectKey());
        Video video = videos.insertPending(session.userId(), session.uploadDate(), session.objectKey(), outputPrefix, now);
        this.timestamps.addAll(video.id(), timestamps, now);
        encodingJobs.enqueue(new EncodingJob(video.id(), session.userId(), session.objectKey(), outputPrefix));
        sessions.markCompleted(session.userId(), session.id(), video.id(), now);
        notices.uploadCompleted(session.userId(), session.id(), video.id(), session.uploadDate());
        return new Recorded(new CompletedUpload(video), true);
    }

    private CompletedUpload finished(UploadSession session) {
        return videos.findById(Objects.requireNonNull(session.videoId()))
                .map(CompletedUpload::new)
                .orElseThrow(() -> OwnedUploads.notFound(session.id()));
    }
}
