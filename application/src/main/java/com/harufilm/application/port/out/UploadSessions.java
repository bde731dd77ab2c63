package com.harufilm.application.port.out;

import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where upload sessions are kept. Every read and write of one session names its owner too, so a
 * wrong owner finds and changes nothing whatever the caller checked before. Eight methods: the
 * session's life (insert, find, lock, complete, end) and the three questions the limits and
 * sweeps ask of all of them (open ones of a user, overdue ones, is a key still being filled),
 * which are the same state machine (UploadState) seen from outside one session.
 */
public interface UploadSessions {

    UploadSession insert(NewUploadSession session);

    Optional<UploadSession> find(UserId owner, UploadId id);

    /** Reads the session and locks it until the transaction ends, so two completes of one upload run one after the other. */
    Optional<UploadSession> lock(UserId owner, UploadId id);

    void markCompleted(UserId owner, UploadId id, VideoId videoId, Instant now);

    /** Ends an ACTIVE session as ABORTED or EXPIRED; false when it was no longer ACTIVE. */
    boolean end(UserId owner, UploadId id, UploadState state, Instant now);

    /** The owner's ACTIVE sessions, expired or not, oldest first. */
    List<UploadSession> activeOf(UserId owner);

    /** ACTIVE sessions whose expiry has passed, oldest first. */
    List<UploadSession> findExpired(Instant now, int limit);

    /** Whether an ACTIVE session uploads to this object key. */
    boolean isActive(String objectKey);
}
