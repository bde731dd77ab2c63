package com.harufilm.application.port.out;

import com.harufilm.domain.upload.NewUploadSession;
import com.harufilm.domain.upload.UploadId;
import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where upload sessions are kept. */
public interface UploadSessions {

    UploadSession insert(NewUploadSession session);

    Optional<UploadSession> findById(UploadId id);

    /** Reads the session and locks it until the transaction ends, so two completes of one upload run one after the other. */
    Optional<UploadSession> lock(UploadId id);

    void markCompleted(UploadId id, VideoId videoId, Instant now);

    /** Ends an ACTIVE session as ABORTED or EXPIRED; false when it was no longer ACTIVE. */
    boolean end(UploadId id, UploadState state, Instant now);

    /** ACTIVE sessions whose expiry has passed, oldest first. */
    List<UploadSession> findExpired(Instant now, int limit);

    /** Whether an ACTIVE session uploads to this object key. */
    boolean isActive(String objectKey);
}
